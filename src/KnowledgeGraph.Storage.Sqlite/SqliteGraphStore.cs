using System.Diagnostics.CodeAnalysis;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Core.Storage.Traversal;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in write-ahead-log mode, so that readers never wait for
/// the writer. Each operation runs in one transaction: deferred for reads, so that all their
/// queries see one state; immediate for writes, so that they queue for the lock up front
/// instead of failing half-way. Reads take a connection kept open with its statements
/// prepared; writes open one of their own. Traversals run in memory over a compact adjacency
/// index (<see cref="TraversalIndex"/>), kept current by <c>PRAGMA data_version</c>, so that
/// every write, this store's or another process's, is seen by the next read; their details
/// come from SQLite by id. A consistent read (<see cref="BeginConsistentRead"/>) routes every
/// read of its flow through one transaction and the indexes of that transaction's state.
/// </summary>
internal sealed class SqliteGraphStore : IGraphStore, IDisposable
{
    private readonly SqliteDatabase _database;
    private readonly TraversalIndex _index;
    private readonly AsyncLocal<SqliteReadScope?> _scope = new();

    public SqliteGraphStore(string filePath, TimeSpan busyTimeout, TimeSpan indexWait)
    {
        _database = new SqliteDatabase(filePath, busyTimeout);
        _index = new TraversalIndex(_database, indexWait);
    }

    public Task InitializeAsync(CancellationToken cancellationToken) =>
        RunAsync("initialise the schema", mayCreate: true, async (connection, ct) =>
        {
            await SqliteSchema.SwitchToWriteAheadLogAsync(connection.Connection, _database.FilePath, ct);
            await WriteInTransactionAsync(connection, (session, inner) => SqliteSchema.CreateAsync(session, _database.FilePath, inner), ct);
        }, cancellationToken);

    public Task<GraphSnapshot> ReadSnapshotAsync(CancellationToken cancellationToken) =>
        ReadAsync("read the snapshot", async (session, ct) => new GraphSnapshot(
            await SourceRows.ReadAsync(session, SourceRows.All, ct),
            await EntityRows.ReadAsync(session, EntityRows.All, ct),
            await RelationshipRows.ReadAsync(session, RelationshipRows.All, ct)), cancellationToken);

    public Task ApplyAsync(GraphChangeSet changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return RunAsync("apply a change set", mayCreate: false, (connection, ct) =>
            WriteInTransactionAsync(connection, (session, inner) => new ChangeSetWriter(session).ApplyAsync(changes, inner), ct), cancellationToken);
    }

    public async Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return ids.Count == 0
            ? []
            : await ReadAsync("read entities", (session, ct) =>
                EntityRows.ReadAsync(session, EntityRows.ByIds, ct, ("$ids", SqliteSession.JsonArray(ids))), cancellationToken);
    }

    public async Task<IReadOnlyList<Entity>> FindByNameAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        return await ReadAsync("find entities by name", (session, ct) =>
            EntityRows.ReadAsync(session, EntityRows.ByName, ct, ("$name", name)), cancellationToken);
    }

    public Task<IReadOnlyList<SearchCandidate>> FindSearchCandidatesAsync(
        string text, IReadOnlyCollection<string>? types, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FindSearchCandidatesAsync(text, types, limit, NameSearch.PathFor(SearchKeys.Normalize(text)), cancellationToken);
    }

    /// <summary>Search candidates found along a chosen path; tests compare the two paths on the same data.</summary>
    internal async Task<IReadOnlyList<SearchCandidate>> FindSearchCandidatesAsync(
        string text, IReadOnlyCollection<string>? types, int limit, NameSearchPath path, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var key = SearchKeys.Normalize(text);
        if (key.Length == 0 || limit == 0 || types is { Count: 0 })
        {
            return [];
        }

        if (path == NameSearchPath.ShortKeyIndex)
        {
            if (await IndexAsync("search names", cancellationToken) is not { } index)
            {
                return await FindSearchCandidatesAsync(text, types, limit, NameSearchPath.KeyScan, cancellationToken);
            }

            var matches = index.Names.Find(key, types, limit);
            return matches.Count == 0
                ? []
                : await ReadAsync("search names", (session, ct) => NameSearch.WithEntitiesAsync(session, matches, ct), cancellationToken);
        }

        return await ReadAsync("search names", (session, ct) => NameSearch.FindAsync(session, key, types, limit, path, ct), cancellationToken);
    }

    public async Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(RelationshipQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var sql = query.Direction switch
        {
            Direction.Out => RelationshipRows.From,
            Direction.In => RelationshipRows.To,
            _ => RelationshipRows.Touching,
        };
        return query.EntityIds.Count == 0 || query.Types is { Count: 0 }
            ? []
            : await ReadAsync("read relationships", (session, ct) => RelationshipRows.ReadAsync(
                session, sql, ct, ("$ids", SqliteSession.JsonArray(query.EntityIds)), ("$types", JsonArrayOrNull(query.Types))), cancellationToken);
    }

    public async Task<IReadOnlyList<Entity>> ListEntitiesAsync(EntityPageQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.First, nameof(query));
        return query.First == 0 || query.Types is { Count: 0 }
            ? []
            : await ReadAsync("list entities", (session, ct) => EntityRows.ReadAsync(
                session, EntityRows.Page, ct, ("$types", JsonArrayOrNull(query.Types)), ("$afterId", query.AfterId), ("$first", query.First)), cancellationToken);
    }

    public async Task<IReadOnlyList<Source>> GetSourcesAsync(IReadOnlyCollection<string>? ids, CancellationToken cancellationToken) =>
        ids is { Count: 0 }
            ? []
            : await ReadAsync("read sources", (session, ct) => ids is null
                ? SourceRows.ReadAsync(session, SourceRows.All, ct)
                : SourceRows.ReadAsync(session, SourceRows.ByIds, ct, ("$ids", SqliteSession.JsonArray(ids))), cancellationToken);

    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken) =>
        ReadAsync("count the graph", StatsQueries.ReadAsync, cancellationToken);

    public Task<string?> ReadFactsContentHashAsync(CancellationToken cancellationToken) =>
        ReadAsync("read the content hash of the ingested fact files", async (session, ct) =>
            await session.ScalarAsync(SqliteSchema.ReadFactsContentHash, ct) as string, cancellationToken);

    public IDisposable BeginConsistentRead()
    {
        if (_scope.Value is not null)
        {
            return ReadScope.None;
        }

        var scope = new SqliteReadScope(_database, _index, () => _scope.Value = null);
        _scope.Value = scope;
        return scope;
    }

    public Task<IAsyncDisposable> AcquireWriterLeaseAsync(string holder, TimeSpan wait, CancellationToken cancellationToken) =>
        SqliteWriterLease.AcquireAsync(_database.FilePath, holder, wait, TimeProvider.System, cancellationToken);

    public async Task<IReadOnlyList<Relationship>> GetRelationshipsByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return ids.Count == 0
            ? []
            : await ReadAsync("read relationships by id", (session, ct) =>
                RelationshipRows.ReadAsync(session, RelationshipRows.ByIds, ct, ("$ids", SqliteSession.JsonArray(ids))), cancellationToken);
    }

    public async Task<IReadOnlyList<ReachedEntity>> ReachAsync(ReachQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return await IndexAsync("walk the graph", cancellationToken) is { } index
            ? index.Graph.Reach(query)
            : await LayeredTraversal.ReachAsync(this, query, cancellationToken);
    }

    public async Task<Neighbourhood> NeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (await IndexAsync("gather a neighbourhood", cancellationToken) is not { } index)
        {
            return await LayeredTraversal.NeighbourhoodAsync(this, query, cancellationToken);
        }

        var found = index.Graph.Neighbourhood(query);
        var details = await GetRelationshipsByIdAsync([.. found.Relationships.Select(r => r.Id)], cancellationToken);
        return NeighbourhoodDetails.With(found, details);
    }

    public async Task<IReadOnlyList<PathIds>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return await IndexAsync("find paths", cancellationToken) is { } index
            ? index.Graph.FindPaths(query)
            : await LayeredTraversal.FindPathsAsync(this, query, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, RelationshipIdPage>> PageRelationshipsAsync(RelationshipPageQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return await IndexAsync("list relationships", cancellationToken) is { } index
            ? index.Graph.PageRelationships(query)
            : await LayeredTraversal.PageRelationshipsAsync(this, query, cancellationToken);
    }

    public void Dispose()
    {
        _index.Dispose();
        _database.Dispose();
    }

    /// <summary>
    /// The in-memory indexes of the state the consistent read sees, or of the database as it is
    /// now; null while they are being built, when the caller answers with the port's layered
    /// traversal over SQLite instead (the same answers, one read per layer).
    /// </summary>
    private Task<IndexVersion?> IndexAsync(string operation, CancellationToken cancellationToken) =>
        TranslateErrorsAsync(operation, async () => _scope.Value is { } scope
            ? await scope.IndexAsync(cancellationToken)
            : await _index.AtAsync(await GraphVersionAsync(cancellationToken), cancellationToken), cancellationToken);

    private Task<long> GraphVersionAsync(CancellationToken cancellationToken) =>
        ReadAsync("read the graph version", SqliteSchema.ReadGraphVersionAsync, cancellationToken);

    private static string? JsonArrayOrNull(IReadOnlyCollection<string>? values) => values is null ? null : SqliteSession.JsonArray(values);

    /// <summary>
    /// Runs <paramref name="read"/> in the consistent read's transaction, or else on a kept-open
    /// read connection in a transaction of its own; a connection that fails is closed rather than kept.
    /// </summary>
    private Task<T> ReadAsync<T>(string operation, Func<SqliteSession, CancellationToken, Task<T>> read, CancellationToken cancellationToken) =>
        TranslateErrorsAsync(operation, async () =>
        {
            if (_scope.Value is { } scope)
            {
                return await scope.ReadAsync(read, cancellationToken);
            }

            var reader = await _database.RentReaderAsync(cancellationToken);
            try
            {
                var result = await InTransactionAsync(reader, write: false, read, cancellationToken);
                _database.Return(reader);
                return result;
            }
            catch
            {
                reader.Dispose();
                throw;
            }
        }, cancellationToken);

    private static Task WriteInTransactionAsync(
        PreparedConnection connection, Func<SqliteSession, CancellationToken, Task> write, CancellationToken cancellationToken) =>
        InTransactionAsync(connection, write: true, async (session, ct) =>
        {
            await write(session, ct);
            return true;
        }, cancellationToken);

    [SuppressMessage("Reliability", "CA1849", Justification = "Only the synchronous overload begins a deferred transaction; SQLite does no asynchronous I/O either way.")]
    private static async Task<T> InTransactionAsync<T>(
        PreparedConnection connection, bool write, Func<SqliteSession, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        using var transaction = connection.Connection.BeginTransaction(deferred: !write);
        var result = await work(new SqliteSession(connection, transaction), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>Opens a connection of its own for <paramref name="work"/> (a write, or initialisation) and closes it after.</summary>
    private Task RunAsync(string operation, bool mayCreate, Func<PreparedConnection, CancellationToken, Task> work, CancellationToken cancellationToken) =>
        TranslateErrorsAsync(operation, async () =>
        {
            using var connection = await _database.OpenAsync(mayCreate, cancellationToken);
            await work(connection, cancellationToken);
            return true;
        }, cancellationToken);

    /// <summary>Reports SQLite's failures as the port's exception.</summary>
    private async Task<T> TranslateErrorsAsync<T>(string operation, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            return await work();
        }
        catch (SqliteException e) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException($"cancelled while trying to {operation}", e, cancellationToken);
        }
        catch (SqliteException e)
        {
            throw SqliteErrors.Translate(e, _database.FilePath, operation);
        }
    }
}
