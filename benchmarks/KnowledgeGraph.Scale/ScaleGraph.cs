namespace KnowledgeGraph.Scale;

/// <summary>One generated entity; <paramref name="File"/> is the fact file that declares it.</summary>
internal readonly record struct GeneratedEntity(string Id, string Type, string Name, string NameEn, int File);

/// <summary>One generated relationship between two entity indexes, stated in <paramref name="File"/>.</summary>
internal readonly record struct GeneratedRelationship(string Type, int From, int To, string? Role, bool State, int Amount, int File);

/// <summary>
/// A generated graph. Files 0..GazetteerCount-1 are gazetteers (one per province: its places and
/// their containment); the rest are articles, each with one source.
/// </summary>
internal sealed record ScaleGraph(
    List<GeneratedEntity> Entities,
    List<GeneratedRelationship> Relationships,
    int GazetteerCount,
    int ArticleCount,
    int HubCity,
    int HubDistrict,
    int HubCompany,
    int SamplePerson);
