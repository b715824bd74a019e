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
internal sealed partial class Neo4jGraphStore : IGraphStore, IDisposable
{
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
    }

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
        return changes.IsEmpty ? Task.CompletedTask : _writer.ApplyAsync(changes, cancellationToken);
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
            ("key", key), ("types", types?.ToList()), ("limit", (long)limit)));
        return [.. results[0].Rows
            .SelectMany(row => GraphRecords.TextList(row[6]).Select(matched => new SearchCandidate(GraphRecords.ReadEntity(row), matched)))
            .OrderBy(c => c.Entity.Id, StringComparer.Ordinal)
            .ThenBy(c => c.Matched, StringComparer.Ordinal)
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

        var results = await ReadAsync(cancellationToken, Statement("list entities", CypherQueries.EntityPage,
            ("types", query.Types?.ToList()), ("afterId", query.AfterId), ("first", (long)query.First)));
        return ById(results[0].Rows.Select(GraphRecords.ReadEntity), e => e.Id);
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
