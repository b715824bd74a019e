using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Ingestion;

/// <summary>The writes that turn the stored snapshot into the desired one, and what they amount to by kind and type.</summary>
internal sealed record SnapshotDiff(GraphChangeSet Changes, IReadOnlyList<IngestionCount> Counts)
{
    public static SnapshotDiff Between(GraphSnapshot desired, GraphSnapshot stored)
    {
        var sources = KindDiff<Source>.Between(desired.Sources, stored.Sources, s => s.Id, _ => IngestionCount.SourceType, RecordEquality.Same);
        var entities = KindDiff<Entity>.Between(desired.Entities, stored.Entities, e => e.Id, e => e.Type, RecordEquality.Same);
        var relationships = KindDiff<Relationship>.Between(desired.Relationships, stored.Relationships, r => r.Id, r => r.Type, RecordEquality.Same);
        var changes = new GraphChangeSet
        {
            UpsertSources = sources.Upserts,
            UpsertEntities = entities.Upserts,
            UpsertRelationships = relationships.Upserts,
            DeleteRelationshipIds = relationships.DeletedIds,
            DeleteEntityIds = entities.DeletedIds,
            DeleteSourceIds = sources.DeletedIds,
        };
        return new SnapshotDiff(changes, [.. sources.Counts(RecordKind.Source), .. entities.Counts(RecordKind.Entity), .. relationships.Counts(RecordKind.Relationship)]);
    }

    private enum Change
    {
        Added,
        Updated,
        Retracted,
        Unchanged,
    }

    private sealed record KindDiff<T>(IReadOnlyList<T> Upserts, IReadOnlyList<string> DeletedIds, IReadOnlyList<(string Type, Change Change)> Changes)
    {
        public static KindDiff<T> Between(IReadOnlyList<T> desired, IReadOnlyList<T> stored, Func<T, string> id, Func<T, string> type, Func<T, T, bool> same)
        {
            var storedById = stored.ToDictionary(id, StringComparer.Ordinal);
            var desiredIds = desired.Select(id).ToHashSet(StringComparer.Ordinal);
            var upserts = new List<T>();
            var changes = new List<(string, Change)>();
            foreach (var record in desired)
            {
                var change = !storedById.TryGetValue(id(record), out var old) ? Change.Added
                    : same(record, old) ? Change.Unchanged
                    : Change.Updated;
                if (change != Change.Unchanged)
                {
                    upserts.Add(record);
                }

                changes.Add((type(record), change));
            }

            var retracted = stored.Where(record => !desiredIds.Contains(id(record))).OrderBy(id, StringComparer.Ordinal).ToList();
            changes.AddRange(retracted.Select(record => (type(record), Change.Retracted)));
            return new KindDiff<T>(upserts, [.. retracted.Select(id)], changes);
        }

        public IEnumerable<IngestionCount> Counts(RecordKind kind) => Changes
            .GroupBy(c => c.Type, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new IngestionCount(kind, g.Key,
                Added: g.Count(c => c.Change == Change.Added),
                Updated: g.Count(c => c.Change == Change.Updated),
                Retracted: g.Count(c => c.Change == Change.Retracted),
                Unchanged: g.Count(c => c.Change == Change.Unchanged)));
    }
}
