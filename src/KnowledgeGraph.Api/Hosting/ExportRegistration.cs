using KnowledgeGraph.Api.Exports;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>Registers what the export endpoints need beside the query service.</summary>
internal static class ExportRegistration
{
    public static void AddSubgraphExports(this WebApplicationBuilder builder) =>
        builder.Services.AddSingleton<SubgraphExporter>();
}
