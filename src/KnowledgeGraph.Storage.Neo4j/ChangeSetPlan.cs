using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// A change set reduced to what it does: one upsert per id (the last one given wins, as when
/// they are applied in order), and only the deletes that no upsert of the same id undoes
/// (deletes run first, so deleting and upserting an id replaces the record).
/// </summary>
internal sealed record ChangeSetPlan(
    IReadOnlyList<Source> Sources,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Relationship> Relationships,
    IReadOnlySet<string> DeleteSourceIds,
    IReadOnlySet<string> DeleteEntityIds,
    IReadOnlySet<string> DeleteRelationshipIds,
    string? FactsContentHash)
{
    public IReadOnlySet<string> UpsertedSourceIds { get; } = Sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);

    public IReadOnlySet<string> UpsertedEntityIds { get; } = Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);

    public IReadOnlySet<string> UpsertedRelationshipIds { get; } = Relationships.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

    public static ChangeSetPlan From(GraphChangeSet changes)
    {
        var sources = LastById(changes.UpsertSources, s => s.Id);
        var entities = LastById(changes.UpsertEntities, e => e.Id);
        var relationships = LastById(changes.UpsertRelationships, r => r.Id);
        return new ChangeSetPlan(
            sources,
            entities,
            relationships,
            Undone(changes.DeleteSourceIds, sources, s => s.Id),
            Undone(changes.DeleteEntityIds, entities, e => e.Id),
            Undone(changes.DeleteRelationshipIds, relationships, r => r.Id),
            changes.FactsContentHash);
    }

    private static List<T> LastById<T>(IEnumerable<T> items, Func<T, string> id) =>
        [.. items.GroupBy(id, StringComparer.Ordinal).Select(g => g.Last())];

    private static HashSet<string> Undone<T>(IEnumerable<string> deletes, IEnumerable<T> upserts, Func<T, string> id)
    {
        var kept = deletes.ToHashSet(StringComparer.Ordinal);
        kept.ExceptWith(upserts.Select(id));
        return kept;
    }
}
