using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Queries;

/// <summary>A path by entity ids, while its entities are still to be fetched in one batch.</summary>
internal sealed record IdPath(IReadOnlyList<string> NodeIds, IReadOnlyList<Relationship> Relationships)
{
    /// <summary>The path with its entities, all of which <paramref name="reader"/> must have loaded.</summary>
    public GraphPath ToGraphPath(StoreReader reader) => new([.. NodeIds.Select(reader.Entity)], Relationships);
}
