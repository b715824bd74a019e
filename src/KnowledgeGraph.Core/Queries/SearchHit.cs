using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Queries;

/// <summary>An entity found by full-text search.</summary>
/// <param name="Entity">The entity found.</param>
/// <param name="Score">How well it matches, 0 to 1: 1 for an exact name, above 0.6 for a prefix, above 0.2 for a substring.</param>
/// <param name="Matched">The name or alias of the entity that matched best.</param>
public sealed record SearchHit(Entity Entity, double Score, string Matched);
