using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage.Traversal;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// The store's in-memory indexes, as one immutable version: the adjacency index for traversal
/// and the short-key index for search, both read from one transaction, with the graph version
/// (<see cref="SqliteSchema.ReadGraphVersion"/>) of the state they hold. A traversal takes one
/// version and reads only it.
/// </summary>
internal sealed record IndexVersion(long GraphVersion, GraphIndex Graph, ShortKeyIndex Names);

/// <summary>
/// Keeps the <see cref="IndexVersion"/> current, in the background. A connection of its own asks
/// SQLite's <c>data_version</c>, which moves whenever another connection (this store's writer,
/// or another process) commits; when it has moved, the indexes are read again and the new
/// version replaces the old one at once, so readers never see half of a change. The version
/// before is kept too, for consistent reads that began before the last change. A reader whose
/// state has no version yet waits a while for it, then does without (see
/// <see cref="SqliteGraphStoreOptions.IndexWait"/>).
/// </summary>
internal sealed class TraversalIndex(SqliteDatabase database, TimeSpan wait) : IDisposable
{
    private const string DataVersionQuery = "PRAGMA data_version";

    private const string Entities = "SELECT id, type FROM entities";

    private const string Relationships = "SELECT id, type, from_id, to_id, role, date, valid_from, valid_to FROM relationships";

    // Only relationships without a date or start of validity fall back on publication dates.
    private const string UndatedEvidence = """
        SELECT e.relationship_id, e.source_id
        FROM evidence AS e JOIN relationships AS r ON r.id = e.relationship_id
        WHERE r.date IS NULL AND r.valid_from IS NULL
        """;

    private const string PublishedSources = "SELECT id, published_on FROM sources WHERE published_on IS NOT NULL";

    private const string Names = "SELECT n.entity_id, e.type, n.name, n.search_key FROM entity_names AS n JOIN entities AS e ON e.id = n.entity_id";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lock _refreshing = new();
    private PreparedConnection? _watcher;
    private long _seenDataVersion = -1;
    private IndexVersion? _current;
    private IndexVersion? _previous;
    private Task<IndexVersion>? _refresh;

    /// <summary>
    /// The indexes of the state at <paramref name="graphVersion"/> (the current version or the
    /// one before), waiting up to the store's index wait while the current one is being built;
    /// null when there is none by then, and the caller answers from SQLite instead. A failure to
    /// build them is thrown to the reader that finds it.
    /// </summary>
    public async Task<IndexVersion?> AtAsync(long graphVersion, CancellationToken cancellationToken)
    {
        if (Matching(graphVersion) is { } ready)
        {
            return ready;
        }

        var refresh = Refresh();
        if (await Task.WhenAny(refresh, Task.Delay(wait, cancellationToken)) == refresh)
        {
            await refresh;
        }

        cancellationToken.ThrowIfCancellationRequested();
        return Matching(graphVersion);
    }

    /// <summary>The version of the indexes that matches the database now, reading them again when it has changed.</summary>
    private async Task<IndexVersion> CurrentAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            _watcher ??= await database.OpenAsync(mayCreate: false, cancellationToken);
            var dataVersion = Convert.ToInt64(await _watcher.Command(DataVersionQuery).ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            if (_current is { } current && dataVersion == _seenDataVersion)
            {
                return current;
            }

            var read = await ReadInTransactionAsync(_watcher, cancellationToken);
            _seenDataVersion = dataVersion;
            if (read.GraphVersion != _current?.GraphVersion)
            {
                Volatile.Write(ref _previous, _current);
                Volatile.Write(ref _current, read);
            }

            return _current!;
        }
        catch
        {
            _watcher?.Dispose();
            _watcher = null;
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    private IndexVersion? Matching(long graphVersion) =>
        Volatile.Read(ref _current) is { } current && current.GraphVersion == graphVersion ? current
        : Volatile.Read(ref _previous) is { } previous && previous.GraphVersion == graphVersion ? previous
        : null;

    /// <summary>The build under way, or a new one: one at a time, whoever asks, never cancelled by a reader that gives up waiting.</summary>
    private Task<IndexVersion> Refresh()
    {
        lock (_refreshing)
        {
            if (_refresh is not { IsCompleted: false })
            {
                _refresh = Task.Run(() => CurrentAsync(CancellationToken.None));
            }

            return _refresh;
        }
    }

    /// <summary>Waits for a build under way (without its outcome, which no reader asked for) before closing its connection.</summary>
    public void Dispose()
    {
        ((IAsyncResult?)_refresh)?.AsyncWaitHandle.WaitOne();
        _watcher?.Dispose();
        _gate.Dispose();
    }

    [SuppressMessage("Reliability", "CA1849", Justification = "Only the synchronous overload begins a deferred transaction; SQLite does no asynchronous I/O either way.")]
    private static async Task<IndexVersion> ReadInTransactionAsync(PreparedConnection connection, CancellationToken cancellationToken)
    {
        using var transaction = connection.Connection.BeginTransaction(deferred: true);
        var read = await ReadAsync(new SqliteSession(connection, transaction), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return read;
    }

    private static async Task<IndexVersion> ReadAsync(SqliteSession session, CancellationToken cancellationToken)
    {
        var graphVersion = await SqliteSchema.ReadGraphVersionAsync(session, cancellationToken);
        var entities = await session.QueryAsync(Entities, r => (r.GetString(0), r.GetString(1)), cancellationToken);
        var sourceIds = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (relationshipId, sourceId) in await session.QueryAsync(UndatedEvidence, r => (r.GetString(0), r.GetString(1)), cancellationToken))
        {
            if (!sourceIds.TryGetValue(relationshipId, out var list))
            {
                list = [];
                sourceIds[relationshipId] = list;
            }

            list.Add(sourceId);
        }

        var relationships = await session.QueryAsync(Relationships, r => new IndexedRelationship(
            r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetStringOrNull(4),
            Date(r.GetStringOrNull(5)), Date(r.GetStringOrNull(6)), Date(r.GetStringOrNull(7)),
            sourceIds.TryGetValue(r.GetString(0), out var sources) ? sources : []), cancellationToken);
        var published = (await session.QueryAsync(PublishedSources, r => (r.GetString(0), PartialDate.Parse(r.GetString(1))), cancellationToken))
            .ToDictionary(s => s.Item1, s => s.Item2, StringComparer.Ordinal);
        var names = await session.QueryAsync(Names, r => (r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3)), cancellationToken);
        return new IndexVersion(graphVersion, GraphIndex.Build(entities, relationships, published), new ShortKeyIndex(names));
    }

    private static PartialDate? Date(string? text) => text is null ? null : PartialDate.Parse(text);
}
