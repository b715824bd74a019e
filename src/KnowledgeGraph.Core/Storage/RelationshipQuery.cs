using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Storage;

/// <summary>Which relationships to read: those touching <paramref name="EntityIds"/>, in a direction, of some types.</summary>
/// <param name="EntityIds">The entities whose relationships to read (a whole traversal frontier at once).</param>
/// <param name="Direction">Out: starting at one of them; In: ending at one of them; Both: either.</param>
/// <param name="Types">Relationship types to keep, or null for all.</param>
public sealed record RelationshipQuery(
    IReadOnlyCollection<string> EntityIds,
    Direction Direction = Direction.Both,
    IReadOnlyCollection<string>? Types = null);
