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
    private readonly AsyncLocal<PinnedRead?> _scope = new();
    private StoreState _current = new(GraphSnapshot.Empty);
    private string? _factsContentHash;
    private string _leaseHolder = string.Empty;

    /// <summary>How many times a read method was called: lets tests prove batching (no N+1).</summary>
    public int ReadCalls { get; private set; }

    public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<GraphSnapshot> ReadSnapshotAsync(CancellationToken cancellationToken) => Read(state => state);

    public Task<string?> ReadFactsContentHashAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_factsContentHash);
        }
    }

    public IDisposable BeginConsistentRead()
    {
        if (_scope.Value is not null)
        {
            return ReadScope.None;
        }

        var scope = new PinnedRead(() => _scope.Value = null);
        _scope.Value = scope;
        return scope;
    }

    public Task ApplyAsync(GraphChangeSet changes, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var sources = Apply(_current.Snapshot.Sources, changes.DeleteSourceIds, changes.UpsertSources, s => s.Id);
            var entities = Apply(_current.Snapshot.Entities, changes.DeleteEntityIds, changes.UpsertEntities, e => e.Id);
            var relationships = Apply(_current.Snapshot.Relationships, changes.DeleteRelationshipIds, changes.UpsertRelationships, r => r.Id);
            EnsureIntegrity(sources, entities, relationships);
            _current = new StoreState(new GraphSnapshot(sources, entities, relationships));
            _factsContentHash = changes.FactsContentHash;
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
        ReadIndexed((_, index) => index.Reach(query));

    public Task<Neighbourhood> NeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken cancellationToken) =>
        ReadIndexed((state, index) =>
        {
            var found = index.Neighbourhood(query);
            var ids = found.Relationships.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
            return NeighbourhoodDetails.With(found, state.Relationships.Where(r => ids.Contains(r.Id)));
        });

    public Task<IReadOnlyList<PathIds>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken) =>
        ReadIndexed((_, index) => index.FindPaths(query));

    public Task<IReadOnlyDictionary<string, RelationshipIdPage>> PageRelationshipsAsync(RelationshipPageQuery query, CancellationToken cancellationToken) =>
        ReadIndexed((_, index) => index.PageRelationships(query));

    private Task<T> Read<T>(Func<GraphSnapshot, T> query) => ReadIndexed((state, _) => query(state));

    /// <summary>Answers from the state the consistent read pinned at its first read, or else the current one.</summary>
    private Task<T> ReadIndexed<T>(Func<GraphSnapshot, GraphIndex, T> query)
    {
        lock (_gate)
        {
            ReadCalls++;
            var state = _scope.Value is { } scope ? scope.State ??= _current : _current;
            return Task.FromResult(query(state.Snapshot, state.Index));
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

    /// <summary>One state of the store with its adjacency index, built on first use; callers hold the gate.</summary>
    private sealed class StoreState(GraphSnapshot snapshot)
    {
        private GraphIndex? _index;

        public GraphSnapshot Snapshot { get; } = snapshot;

        public GraphIndex Index => _index ??= GraphIndex.Build(
            Snapshot.Entities.Select(e => (e.Id, e.Type)),
            Snapshot.Relationships.Select(r => new IndexedRelationship(
                r.Id, r.Type, r.FromId, r.ToId, r.Role, r.Date, r.ValidFrom, r.ValidTo, [.. r.Evidence.Select(e => e.SourceId)])),
            Snapshot.Sources.Where(s => s.PublishedOn is not null).ToDictionary(s => s.Id, s => s.PublishedOn!.Value, StringComparer.Ordinal));
    }

    /// <summary>A consistent read: the state it sees, taken at its first read.</summary>
    private sealed class PinnedRead(Action ended) : IDisposable
    {
        public StoreState? State { get; set; }

        public void Dispose() => ended();
    }
}
