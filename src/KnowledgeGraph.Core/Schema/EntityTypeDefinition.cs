namespace KnowledgeGraph.Core.Schema;

/// <summary>An entity type of the graph schema.</summary>
/// <param name="Name">The type's name, e.g. <c>DISTRICT</c>; also its GraphQL enum value.</param>
/// <param name="Category">The category it belongs to, e.g. <c>place</c>.</param>
/// <param name="IdPrefix">The prefix of every id of this type, e.g. <c>place</c> in <c>place:wujin</c>.</param>
/// <param name="Label">Its Neo4j label, e.g. <c>District</c>.</param>
/// <param name="Description">What the type stands for.</param>
public sealed record EntityTypeDefinition(string Name, string Category, string IdPrefix, string Label, string Description);
