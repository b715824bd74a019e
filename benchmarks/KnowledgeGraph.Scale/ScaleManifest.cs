using System.Text.Json;

namespace KnowledgeGraph.Scale;

/// <summary>
/// Writes <c>scale-graph.json</c> beside the fact files: the graph's size and the entities that
/// the load run asks about (the hubs, and an ordinary person), so that it needs no knowledge of
/// how ids are made. Ingestion reads only <c>*.yaml</c>, so the file does not become a fact.
/// </summary>
internal static class ScaleManifest
{
    public const string FileName = "scale-graph.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(ScaleGraph graph, double scale, ulong seed, string folder)
    {
        var manifest = new
        {
            scale,
            seed,
            entities = graph.Entities.Count,
            relationships = graph.Relationships.Count,
            files = graph.GazetteerCount + graph.ArticleCount,
            hubCity = graph.Entities[graph.HubCity].Id,
            hubDistrict = graph.Entities[graph.HubDistrict].Id,
            hubCompany = graph.Entities[graph.HubCompany].Id,
            samplePerson = graph.Entities[graph.SamplePerson].Id,
            searchText = graph.Entities[graph.HubCompany].Name[..2],
            sampleArticle = FactFileWriter.RelativePath(graph, graph.GazetteerCount),
        };
        File.WriteAllText(Path.Join(folder, FileName), JsonSerializer.Serialize(manifest, Indented));
    }
}
