using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Queries;

/// <summary>
/// A walk through the graph: <c>Nodes[i]</c> and <c>Nodes[i + 1]</c> are the two ends of
/// <c>Relationships[i]</c>, in either direction (read each relationship's own from and to).
/// </summary>
/// <param name="Nodes">The entities walked through, first to last; one more than the relationships.</param>
/// <param name="Relationships">The relationships walked along, each with its evidence.</param>
public sealed record GraphPath(IReadOnlyList<Entity> Nodes, IReadOnlyList<Relationship> Relationships)
{
    /// <summary>The number of relationships walked along.</summary>
    public int Length => Relationships.Count;
}
