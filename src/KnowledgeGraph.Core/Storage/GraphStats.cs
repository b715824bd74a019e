namespace KnowledgeGraph.Core.Storage;

/// <summary>How many entities, relationships and sources a store holds, by type.</summary>
/// <param name="ByEntityType">Entity counts by type, ordered by type name; types with none are left out.</param>
/// <param name="ByRelationType">Relationship counts by type, ordered by type name; types with none are left out.</param>
public sealed record GraphStats(
    int Entities,
    int Relationships,
    int Sources,
    IReadOnlyList<TypeCount> ByEntityType,
    IReadOnlyList<TypeCount> ByRelationType);

/// <summary>How many items of one type.</summary>
public sealed record TypeCount(string Type, int Count);
