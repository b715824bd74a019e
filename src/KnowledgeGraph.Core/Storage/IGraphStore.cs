using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Storage;

/// <summary>
/// The port every graph store implements (SQLite embedded, Neo4j). It offers plain reads,
/// one atomic write and traversal primitives (reach, neighbourhood, paths, pages of
/// relationships) whose answers, order included, the port defines exactly; ranking lives in
/// the query service. The primitives have a default that walks the plain reads one
/// breadth-first layer per call; a store overrides them to answer each question in one go.
/// Failures surface as <see cref="GraphStoreException"/>.
/// </summary>
public interface IGraphStore
{
    /// <summary>Creates the store's schema (tables, constraints, indexes) when missing. Idempotent.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Everything stored, for ingestion to diff against. Lists are ordered by id (ordinal).</summary>
    Task<GraphSnapshot> ReadSnapshotAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Applies a change set in one transaction: all of it lands or none of it does. Upserts
    /// replace whole records (an entity's aliases, a relationship's evidence) by id. A change
    /// set that would leave a relationship without an end or evidence citing a missing source
    /// is refused with a non-transient <see cref="GraphStoreException"/>, and nothing changes.
    /// </summary>
    Task ApplyAsync(GraphChangeSet changes, CancellationToken cancellationToken);

    /// <summary>The entities with these ids, in no particular order; unknown ids are skipped.</summary>
    Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    /// <summary>
    /// The entities whose name, English name or an alias equals <paramref name="name"/>
    /// (ordinal, ignoring the case of ASCII letters only), ordered by id.
    /// </summary>
    Task<IReadOnlyList<Entity>> FindByNameAsync(string name, CancellationToken cancellationToken);

    /// <summary>
    /// Candidates for full-text search: every (entity, name) pair where the entity's
    /// <see cref="SearchKeys"/> key for that name contains the normalised <paramref name="text"/>
    /// as a substring, restricted to <paramref name="types"/> when given, ordered by entity id
    /// then name, at most <paramref name="limit"/> pairs (a negative limit throws
    /// <see cref="ArgumentOutOfRangeException"/>). Ranking is the query service's job.
    /// </summary>
    Task<IReadOnlyList<SearchCandidate>> FindSearchCandidatesAsync(
        string text, IReadOnlyCollection<string>? types, int limit, CancellationToken cancellationToken);

    /// <summary>The relationships that touch any of the query's entities, ordered by id.</summary>
    Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(RelationshipQuery query, CancellationToken cancellationToken);

    /// <summary>A page of entities ordered by id, optionally of some types only; a negative page size throws <see cref="ArgumentOutOfRangeException"/>.</summary>
    Task<IReadOnlyList<Entity>> ListEntitiesAsync(EntityPageQuery query, CancellationToken cancellationToken);

    /// <summary>The sources with these ids, or every source when <paramref name="ids"/> is null; ordered by id.</summary>
    Task<IReadOnlyList<Source>> GetSourcesAsync(IReadOnlyCollection<string>? ids, CancellationToken cancellationToken);

    /// <summary>Counts of entities, relationships and sources, by type.</summary>
    Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The relationships with these ids, in no particular order; unknown ids are skipped.
    /// Default: the touching relationships of their ends are not known, so it reads them through
    /// <see cref="ReadSnapshotAsync"/>'s lists; stores override it with a read by id.
    /// </summary>
    Task<IReadOnlyList<Relationship>> GetRelationshipsByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        LayeredTraversal.RelationshipsByIdAsync(this, ids, cancellationToken);

    /// <summary>
    /// The entities a breadth-first walk reaches (<see cref="ReachQuery"/>), starts first, then by
    /// hops, each layer in the order its entities were reached.
    /// </summary>
    Task<IReadOnlyList<ReachedEntity>> ReachAsync(ReachQuery query, CancellationToken cancellationToken) =>
        LayeredTraversal.ReachAsync(this, query, cancellationToken);

    /// <summary>The relationships of a neighbourhood (<see cref="NeighbourhoodQuery"/>) in breadth-first order.</summary>
    Task<Neighbourhood> NeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken cancellationToken) =>
        LayeredTraversal.NeighbourhoodAsync(this, query, cancellationToken);

    /// <summary>The simple paths between two entities (<see cref="PathQuery"/>), shortest first, then by relationship ids.</summary>
    Task<IReadOnlyList<PathIds>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken) =>
        LayeredTraversal.FindPathsAsync(this, query, cancellationToken);

    /// <summary>A page of each entity's relationships in time order (<see cref="RelationshipPageQuery"/>), by entity id; every asked entity has one.</summary>
    Task<IReadOnlyDictionary<string, RelationshipIdPage>> PageRelationshipsAsync(RelationshipPageQuery query, CancellationToken cancellationToken) =>
        LayeredTraversal.PageRelationshipsAsync(this, query, cancellationToken);

    /// <summary>
    /// The <see cref="GraphChangeSet.FactsContentHash"/> of the last change set applied: the
    /// state of the fact files the graph matches, so that an ingestion of unchanged files can
    /// stop before reading the graph. Null for a store no change set has named one for, and for
    /// one that cannot be read (the ingestion that follows reports why).
    /// </summary>
    Task<string?> ReadFactsContentHashAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Begins a consistent read, in the manner of <c>System.Transactions.TransactionScope</c>:
    /// until the returned scope is disposed, every read of this store made from the calling
    /// flow (its awaits, and the tasks it starts) sees one state of the graph, as it stood at
    /// the scope's first read, however many change sets are applied meanwhile. Ambient rather
    /// than passed along, so that everything one request reads (the query service, loaders,
    /// exports) joins it without knowing of it. Scopes nest: an inner one joins the outer.
    /// Reads inside a scope are served one at a time; a scope lives as long as one request.
    /// </summary>
    /// <remarks>
    /// The scope must be begun and disposed on one flow (a <c>using</c> around the awaited
    /// work): an ambient value set inside an async method does not reach its caller, which is
    /// why this method is synchronous and opens nothing until the first read.
    /// </remarks>
    IDisposable BeginConsistentRead();

    /// <summary>
    /// Takes the store's writer lease, which one ingestion run at a time holds for all of its
    /// work (reading what is stored, diffing, writing), so that two runs over different folders
    /// can never merge into a union of both. Waits up to <paramref name="wait"/> for a holder to
    /// finish, then fails with a non-transient <see cref="GraphStoreException"/> naming the holder
    /// and since when it holds the lease. Disposing the returned lease releases it; a holder that
    /// dies without releasing frees it too (how depends on the store).
    /// </summary>
    /// <param name="holder">Who asks (host and process), shown to whoever waits in vain.</param>
    Task<IAsyncDisposable> AcquireWriterLeaseAsync(string holder, TimeSpan wait, CancellationToken cancellationToken);
}
