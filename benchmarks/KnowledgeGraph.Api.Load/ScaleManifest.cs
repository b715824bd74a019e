using System.Text.Json;

namespace KnowledgeGraph.Api.Load;

/// <summary>What the scale generator says of the graph it wrote (its <c>scale-graph.json</c>): its size and the entities to ask about.</summary>
internal sealed record ScaleManifest(
    int Entities,
    int Relationships,
    int Files,
    string HubCity,
    string HubDistrict,
    string HubCompany,
    string SamplePerson,
    string SearchText,
    string SampleArticle)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static ScaleManifest Read(string folder)
    {
        var path = Path.Join(folder, "scale-graph.json");
        return JsonSerializer.Deserialize<ScaleManifest>(File.ReadAllText(path), Web)
            ?? throw new InvalidDataException($"{path} holds no manifest.");
    }
}
