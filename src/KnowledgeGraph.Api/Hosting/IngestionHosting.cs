using KnowledgeGraph.Api.Apis;
using KnowledgeGraph.Ingestion;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// Runs the ingestion worker inside the API host when <c>Ingestion:Enabled</c> is true (the
/// default): the seed folder (<c>Ingestion:SeedFolder</c>, relative to the working directory) is
/// ingested on start and again whenever it changes, and readiness waits for the first run. Turn
/// it off where another process writes the store (docker-compose's separate worker).
/// </summary>
internal static class IngestionHosting
{
    /// <summary>The switch, under the <see cref="IngestionOptions.SectionName"/> section.</summary>
    public const string EnabledKey = IngestionOptions.SectionName + ":Enabled";

    public static void AddInProcessIngestion(this WebApplicationBuilder builder)
    {
        if (!builder.Configuration.GetValue(EnabledKey, defaultValue: true))
        {
            return;
        }

        var services = builder.Services;
        services.AddOptions<IngestionOptions>().Bind(builder.Configuration.GetSection(IngestionOptions.SectionName));
        services.AddKnowledgeGraphIngestion();
        services.AddSingleton<IngestionStatus>();
        services.AddSingleton<IIngestionRunListener>(provider => provider.GetRequiredService<IngestionStatus>());
        services.AddHealthChecks().AddCheck<IngestionStatus>("ingestion", tags: [HealthApi.ReadyTag]);
    }
}
