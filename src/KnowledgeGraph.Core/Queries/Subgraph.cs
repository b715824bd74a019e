using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Queries;

/// <summary>The neighbourhood of some entities.</summary>
/// <param name="Nodes">The starting entities, then the ends of the kept relationships; ordered by distance from the start, then id.</param>
/// <param name="Relationships">The kept relationships, in breadth-first order: by distance from the start, then id.</param>
/// <param name="Truncated">True when the limit cut off relationships that qualified.</param>
public sealed record Subgraph(IReadOnlyList<Entity> Nodes, IReadOnlyList<Relationship> Relationships, bool Truncated);
