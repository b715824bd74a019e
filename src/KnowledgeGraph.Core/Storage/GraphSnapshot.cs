using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Storage;

/// <summary>All that a store holds, each list ordered by id (ordinal).</summary>
public sealed record GraphSnapshot(
    IReadOnlyList<Source> Sources,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Relationship> Relationships)
{
    /// <summary>A snapshot of an empty store.</summary>
    public static GraphSnapshot Empty { get; } = new([], [], []);
}
