using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Core.Storage.Traversal;

namespace KnowledgeGraph.Testing;

/// <summary>
/// A store in memory for fast unit tests of the query service and ingestion. The store
/// conformance suite runs against it too, so it answers exactly as the real stores do.
/// </summary>
public sealed class InMemoryGraphStore : IGraphStore
{
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _writerLease = new(1, 1);
    private GraphSnapshot _state = GraphSnapshot.Empty;
    private GraphIndex? _index;
    private string _leaseHolder = string.Empty;

    /// <summary>How many times a read method was called: lets tests prove batching (no N+1).</summary>
    public int ReadCalls { get; private set; }

    public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<GraphSnapshot> ReadSnapshotAsync(CancellationToken cancellationToken) => Read(state => state);

    public Task ApplyAsync(GraphChangeSet changes, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var sources = Apply(_state.Sources, changes.DeleteSourceIds, changes.UpsertSources, s => s.Id);
            var entities = Apply(_state.Entities, changes.DeleteEntityIds, changes.UpsertEntities, e => e.Id);
            var relationships = Apply(_state.Relationships, changes.DeleteRelationshipIds, changes.UpsertRelationships, r => r.Id);
            EnsureIntegrity(sources, entities, relationships);
            _state = new GraphSnapshot(sources, entities, relationships);
            _index = null;
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        Read<IReadOnlyList<Entity>>(state => state.Entities.Where(e => ids.Contains(e.Id)).ToList());

    public Task<IReadOnlyList<Entity>> FindByNameAsync(string name, CancellationToken cancellationToken) =>
        Read<IReadOnlyList<Entity>>(state => state.Entities.Where(e => e.AllNames.Any(n => EqualsIgnoringAsciiCase(n, name))).ToList());

    public Task<IReadOnlyList<SearchCandidate>> FindSearchCandidatesAsync(
        string text, IReadOnlyCollection<string>? types, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var key = SearchKeys.Normalize(text);
        return Read<IReadOnlyList<SearchCandidate>>(state => key.Length == 0
            ? []
            : state.Entities
                .Where(e => types is null || types.Contains(e.Type))
                .SelectMany(e => e.AllNames.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
                    .Where(n => SearchKeys.Normalize(n).Contains(key, StringComparison.Ordinal))
                    .Select(n => new SearchCandidate(e, n)))
                .Take(limit)
                .ToList());
    }

    public Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(RelationshipQuery query, CancellationToken cancellationToken) =>
        Read<IReadOnlyList<Relationship>>(state => state.Relationships
            .Where(r => Touches(r, query))
            .Where(r => query.Types is null || query.Types.Contains(r.Type))
            .ToList());

    public Task<IReadOnlyList<Entity>> ListEntitiesAsync(EntityPageQuery query, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(query.First, nameof(query));
        return Read<IReadOnlyList<Entity>>(state => state.Entities
            .Where(e => query.Types is null || query.Types.Contains(e.Type))
            .Where(e => query.AfterId is null || string.CompareOrdinal(e.Id, query.AfterId) > 0)
            .Take(query.First)
            .ToList());
    }

    public Task<IReadOnlyList<Source>> GetSourcesAsync(IReadOnlyCollection<string>? ids, CancellationToken cancellationToken) =>
        Read<IReadOnlyList<Source>>(state => state.Sources.Where(s => ids is null || ids.Contains(s.Id)).ToList());

    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken) =>
        Read(state => new GraphStats(
            state.Entities.Count,
            state.Relationships.Count,
            state.Sources.Count,
            CountByType(state.Entities.Select(e => e.Type)),
            CountByType(state.Relationships.Select(r => r.Type))));

    public Task<IReadOnlyList<Relationship>> GetRelationshipsByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        Read<IReadOnlyList<Relationship>>(state => state.Relationships.Where(r => ids.Contains(r.Id)).ToList());

    public Task<IReadOnlyList<ReachedEntity>> ReachAsync(ReachQuery query, CancellationToken cancellationToken) =>
        Read(_ => Index().Reach(query));

    public Task<Neighbourhood> NeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken cancellationToken) =>
        Read(state =>
        {
            var found = Index().Neighbourhood(query);
            var ids = found.Relationships.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
            return NeighbourhoodDetails.With(found, state.Relationships.Where(r => ids.Contains(r.Id)));
        });

    public Task<IReadOnlyList<PathIds>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken) =>
        Read(_ => Index().FindPaths(query));

    public Task<IReadOnlyDictionary<string, RelationshipIdPage>> PageRelationshipsAsync(RelationshipPageQuery query, CancellationToken cancellationToken) =>
        Read(_ => Index().PageRelationships(query));

    /// <summary>The adjacency index of the current state, built on first use after a change; callers hold the gate.</summary>
    private GraphIndex Index() => _index ??= GraphIndex.Build(
        _state.Entities.Select(e => (e.Id, e.Type)),
        _state.Relationships.Select(r => new IndexedRelationship(
            r.Id, r.Type, r.FromId, r.ToId, r.Role, r.Date, r.ValidFrom, r.ValidTo, [.. r.Evidence.Select(e => e.SourceId)])),
        _state.Sources.Where(s => s.PublishedOn is not null).ToDictionary(s => s.Id, s => s.PublishedOn!.Value, StringComparer.Ordinal));

    private Task<T> Read<T>(Func<GraphSnapshot, T> query)
    {
        lock (_gate)
        {
            ReadCalls++;
            return Task.FromResult(query(_state));
        }
    }

    private static List<T> Apply<T>(IEnumerable<T> current, IReadOnlyList<string> deletes, IReadOnlyList<T> upserts, Func<T, string> id)
    {
        var byId = current.ToDictionary(id, StringComparer.Ordinal);
        foreach (var deleted in deletes)
        {
            byId.Remove(deleted);
        }

        foreach (var item in upserts)
        {
            byId[id(item)] = item;
        }

        return [.. byId.Values.OrderBy(id, StringComparer.Ordinal)];
    }

    private static void EnsureIntegrity(List<Source> sources, List<Entity> entities, List<Relationship> relationships)
    {
        var entityIds = entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var sourceIds = sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var dangling = relationships.FirstOrDefault(r => !entityIds.Contains(r.FromId) || !entityIds.Contains(r.ToId));
        if (dangling is not null)
        {
            throw new GraphStoreException($"relationship {dangling.Id} would join a missing entity", isTransient: false);
        }

        var uncited = relationships.FirstOrDefault(r => r.Evidence.Any(e => !sourceIds.Contains(e.SourceId)));
        if (uncited is not null)
        {
            throw new GraphStoreException($"relationship {uncited.Id} would cite a missing source", isTransient: false);
        }
    }

    private static bool Touches(Relationship relationship, RelationshipQuery query) => query.Direction switch
    {
        Direction.Out => query.EntityIds.Contains(relationship.FromId),
        Direction.In => query.EntityIds.Contains(relationship.ToId),
        _ => query.EntityIds.Contains(relationship.FromId) || query.EntityIds.Contains(relationship.ToId),
    };

    private static List<TypeCount> CountByType(IEnumerable<string> types) =>
        [.. types.GroupBy(t => t, StringComparer.Ordinal)
            .Select(g => new TypeCount(g.Key, g.Count()))
            .OrderBy(c => c.Type, StringComparer.Ordinal)];

    private static bool EqualsIgnoringAsciiCase(string a, string b) =>
        a.Length == b.Length && a.Zip(b).All(pair => pair.First == pair.Second
            || (char.IsAsciiLetter(pair.First) && char.IsAsciiLetter(pair.Second) && (pair.First | 0x20) == (pair.Second | 0x20)));

    public async Task<IAsyncDisposable> AcquireWriterLeaseAsync(string holder, TimeSpan wait, CancellationToken cancellationToken)
    {
        if (!await _writerLease.WaitAsync(wait, cancellationToken))
        {
            throw new GraphStoreException($"another ingestion holds the writer lease ({_leaseHolder}); waited {wait.TotalSeconds:0.#} s", isTransient: false);
        }

        _leaseHolder = holder;
        return new Lease(_writerLease);
    }

    private sealed class Lease(SemaphoreSlim lease) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                lease.Release();
            }

            return ValueTask.CompletedTask;
        }
    }
}
