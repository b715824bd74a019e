using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Neo4j.Cypher;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// The graph store on Neo4j. Entities are <c>(:Entity:&lt;Label&gt;)</c> nodes, sources
/// <c>(:Source)</c> nodes, relationships typed by the schema's relation type names with their
/// evidence on them (see <see cref="GraphRecords"/>). Lists come back in ordinal id order,
/// sorted here as well as on the server so that they match the other stores to the character.
/// </summary>
internal sealed partial class Neo4jGraphStore : IGraphStore, IGraphStoreProbe, IDisposable
{
    /// <summary>How long the server may take to bring new indexes online before initialisation gives up.</summary>
    private static readonly TimeSpan IndexWait = TimeSpan.FromMinutes(5);

    private readonly ICypherRunner _runner;
    private readonly ChangeSetWriter _writer;
    private readonly IDisposable? _ownedResources;

    public Neo4jGraphStore(ICypherRunner runner, GraphSchema schema, int batchSize, IDisposable? ownedResources = null)
    {
        _runner = runner;
        _writer = new ChangeSetWriter(runner, new CypherQueries(schema), schema, batchSize);
        _ownedResources = ownedResources;
    }

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        // Neo4j runs schema commands apart from each other and from data writes, so each gets its own transaction.
        foreach (var statement in SchemaScript.Statements)
        {
            await _runner.RunAsync([Statement("create the schema", statement)], AccessMode.Write, cancellationToken);
        }

        // Neo4j populates a new index in the background; until it is online, reads and constraint checks do not see it.
        await _runner.RunAsync(
            [Statement("wait for the schema's indexes to come online", CypherQueries.AwaitIndexes, ("seconds", (long)IndexWait.TotalSeconds))],
            AccessMode.Read,
            cancellationToken);
    }

    /// <summary>
    /// Pins nothing: Neo4j isolates transactions at read committed and keeps no snapshot a later
    /// transaction could return to, so each read stays its own transaction and the reads of one
    /// request may straddle a change set (see the README's "Consistency").
    /// </summary>
    public IDisposable BeginConsistentRead() => ReadScope.None;

    public async Task ProbeAsync(CancellationToken cancellationToken) =>
        await ReadAsync(cancellationToken, Statement("answer a readiness probe", CypherQueries.Ping));

    public async Task<GraphSnapshot> ReadSnapshotAsync(CancellationToken cancellationToken)
    {
        var results = await ReadAsync(cancellationToken,
            Statement("read all sources", CypherQueries.AllSources),
            Statement("read all entities", CypherQueries.AllEntities),
            Statement("read all relationships", CypherQueries.AllRelationships));
        return new GraphSnapshot(
            ById(results[0].Rows.Select(GraphRecords.ReadSource), s => s.Id),
            ById(results[1].Rows.Select(GraphRecords.ReadEntity), e => e.Id),
            ById(results[2].Rows.Select(GraphRecords.ReadRelationship), r => r.Id));
    }

    public Task ApplyAsync(GraphChangeSet changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return _writer.ApplyAsync(changes, cancellationToken);
    }

    public async Task<string?> ReadFactsContentHashAsync(CancellationToken cancellationToken)
    {
        var results = await ReadAsync(cancellationToken, Statement("read the content hash of the ingested fact files", CypherQueries.FactsContentHash));
        return results[0].Rows is [[string hash], ..] ? hash : null;
    }

    public async Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var results = await ReadAsync(cancellationToken, Statement("read entities by id", CypherQueries.EntitiesById, ("ids", ids.ToList())));
        return ById(results[0].Rows.Select(GraphRecords.ReadEntity), e => e.Id);
    }

    public async Task<IReadOnlyList<Entity>> FindByNameAsync(string name, CancellationToken cancellationToken)
    {
        var results = await ReadAsync(cancellationToken,
            Statement("find entities by name", CypherQueries.EntitiesByNameKey, ("key", GraphRecords.AsciiLower(name))));
        return ById(results[0].Rows.Select(GraphRecords.ReadEntity), e => e.Id);
    }

    public async Task<IReadOnlyList<SearchCandidate>> FindSearchCandidatesAsync(
        string text, IReadOnlyCollection<string>? types, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var key = SearchKeys.Normalize(text);
        if (key.Length == 0 || limit == 0 || types is { Count: 0 })
        {
            return [];
        }

        var results = await ReadAsync(cancellationToken, Statement("find search candidates", CypherQueries.SearchCandidates,
            ("key", key), ("types", types?.ToList())));
        var matchedById = results[0].Rows
            .Select(row => (Id: GraphRecords.Text(row[0]), Matched: GraphRecords.TextList(row[1])))
            .OrderBy(match => match.Id, StringComparer.Ordinal)
            .Take(limit)
            .ToDictionary(match => match.Id, match => match.Matched, StringComparer.Ordinal);

        // Every entity yields at least one candidate, so the first `limit` entities hold the first `limit` candidates.
        var entities = await GetEntitiesAsync(matchedById.Keys, cancellationToken);
        return [.. entities
            .SelectMany(entity => matchedById[entity.Id].Order(StringComparer.Ordinal).Select(matched => new SearchCandidate(entity, matched)))
            .Take(limit)];
    }

    public async Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(RelationshipQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.EntityIds.Count == 0 || query.Types is { Count: 0 })
        {
            return [];
        }

        var text = query.Direction switch
        {
            Direction.Out => CypherQueries.RelationshipsFrom,
            Direction.In => CypherQueries.RelationshipsTo,
            _ => CypherQueries.RelationshipsTouching,
        };
        var results = await ReadAsync(cancellationToken,
            Statement("read relationships", text, ("ids", query.EntityIds.ToList()), ("types", query.Types?.ToList())));
        return ById(results[0].Rows.Select(GraphRecords.ReadRelationship), r => r.Id);
    }

    public async Task<IReadOnlyList<Entity>> ListEntitiesAsync(EntityPageQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.First, nameof(query));
        if (query.First == 0 || query.Types is { Count: 0 })
        {
            return [];
        }

        // Neo4j orders strings by code point, not by UTF-16 code unit as the store does, so the page is cut here.
        var from = query.AfterId is null ? null : CypherQueries.CodePointLowerBound(query.AfterId);
        var results = await ReadAsync(cancellationToken, Statement("list entities", CypherQueries.EntityIdsFrom,
            ("types", query.Types?.ToList()), ("from", from)));
        var page = results[0].Rows
            .Select(row => GraphRecords.Text(row[0]))
            .Where(id => query.AfterId is null || string.CompareOrdinal(id, query.AfterId) > 0)
            .Order(StringComparer.Ordinal)
            .Take(query.First)
            .ToList();
        return await GetEntitiesAsync(page, cancellationToken);
    }

    public async Task<IReadOnlyList<Source>> GetSourcesAsync(IReadOnlyCollection<string>? ids, CancellationToken cancellationToken)
    {
        if (ids is { Count: 0 })
        {
            return [];
        }

        var statement = ids is null
            ? Statement("read all sources", CypherQueries.AllSources)
            : Statement("read sources by id", CypherQueries.SourcesById, ("ids", ids.ToList()));
        var results = await ReadAsync(cancellationToken, statement);
        return ById(results[0].Rows.Select(GraphRecords.ReadSource), s => s.Id);
    }

    public async Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken)
    {
        var results = await ReadAsync(cancellationToken,
            Statement("count entities", CypherQueries.CountEntitiesByType),
            Statement("count relationships", CypherQueries.CountRelationshipsByType),
            Statement("count sources", CypherQueries.CountSources));
        var byEntityType = Counts(results[0]);
        var byRelationType = Counts(results[1]);
        return new GraphStats(
            byEntityType.Sum(c => c.Count),
            byRelationType.Sum(c => c.Count),
            (int)GraphRecords.Number(results[2].Rows[0][0]),
            byEntityType,
            byRelationType);
    }

    public Task<IAsyncDisposable> AcquireWriterLeaseAsync(string holder, TimeSpan wait, CancellationToken cancellationToken) =>
        Neo4jWriterLease.AcquireAsync(_runner, holder, wait, TimeProvider.System, cancellationToken);

    public void Dispose() => _ownedResources?.Dispose();

    private async Task<IReadOnlyList<CypherResult>> ReadAsync(CancellationToken cancellationToken, params CypherStatement[] statements)
    {
        var results = await _runner.RunAsync(statements, AccessMode.Read, cancellationToken);
        return results.Count == statements.Length
            ? results
            : throw new GraphStoreException(
                $"could not {statements[0].Purpose}: Neo4j returned {results.Count} results for {statements.Length} statements", isTransient: false);
    }

    private static CypherStatement Statement(string purpose, string text, params (string Name, object? Value)[] parameters) =>
        new(purpose, text, parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal));

    private static List<T> ById<T>(IEnumerable<T> items, Func<T, string> id) => [.. items.OrderBy(id, StringComparer.Ordinal)];

    private static List<TypeCount> Counts(CypherResult result) =>
        [.. result.Rows
            .Select(row => new TypeCount(GraphRecords.Text(row[0]), (int)GraphRecords.Number(row[1])))
            .OrderBy(c => c.Type, StringComparer.Ordinal)];
}
