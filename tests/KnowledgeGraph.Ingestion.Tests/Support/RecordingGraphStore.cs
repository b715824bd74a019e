using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Ingestion.Tests.Support;

/// <summary>An in-memory store that records the change sets applied to it and can be told to fail.</summary>
internal sealed class RecordingGraphStore : IGraphStore
{
    private readonly InMemoryGraphStore _inner = new();

    public List<GraphChangeSet> Applied { get; } = [];

    /// <summary>When set, <see cref="ApplyAsync"/> throws it instead of writing.</summary>
    public GraphStoreException? FailApplyWith { get; set; }

    public Task<GraphSnapshot> SnapshotAsync() => _inner.ReadSnapshotAsync(CancellationToken.None);

    public Task InitializeAsync(CancellationToken cancellationToken) => _inner.InitializeAsync(cancellationToken);

    /// <summary>How many times the whole graph was read: a run over unchanged files reads none of it.</summary>
    public int SnapshotReads { get; private set; }

    public Task<GraphSnapshot> ReadSnapshotAsync(CancellationToken cancellationToken)
    {
        SnapshotReads++;
        return _inner.ReadSnapshotAsync(cancellationToken);
    }

    public IDisposable BeginConsistentRead() => _inner.BeginConsistentRead();

    public Task<string?> ReadFactsContentHashAsync(CancellationToken cancellationToken) => _inner.ReadFactsContentHashAsync(cancellationToken);

    public async Task ApplyAsync(GraphChangeSet changes, CancellationToken cancellationToken)
    {
        if (FailApplyWith is { } failure)
        {
            throw failure;
        }

        await _inner.ApplyAsync(changes, cancellationToken);
        Applied.Add(changes);
    }

    public Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        _inner.GetEntitiesAsync(ids, cancellationToken);

    public Task<IReadOnlyList<Entity>> FindByNameAsync(string name, CancellationToken cancellationToken) =>
        _inner.FindByNameAsync(name, cancellationToken);

    public Task<IReadOnlyList<SearchCandidate>> FindSearchCandidatesAsync(string text, IReadOnlyCollection<string>? types, int limit, CancellationToken cancellationToken) =>
        _inner.FindSearchCandidatesAsync(text, types, limit, cancellationToken);

    public Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(RelationshipQuery query, CancellationToken cancellationToken) =>
        _inner.GetRelationshipsAsync(query, cancellationToken);

    public Task<IReadOnlyList<Entity>> ListEntitiesAsync(EntityPageQuery query, CancellationToken cancellationToken) =>
        _inner.ListEntitiesAsync(query, cancellationToken);

    public Task<IReadOnlyList<Source>> GetSourcesAsync(IReadOnlyCollection<string>? ids, CancellationToken cancellationToken) =>
        _inner.GetSourcesAsync(ids, cancellationToken);

    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken) => _inner.GetStatsAsync(cancellationToken);

    public Task<IAsyncDisposable> AcquireWriterLeaseAsync(string holder, TimeSpan wait, CancellationToken cancellationToken) =>
        _inner.AcquireWriterLeaseAsync(holder, wait, cancellationToken);
}
