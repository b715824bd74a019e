using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// One consistent read (<see cref="Core.Storage.IGraphStore.BeginConsistentRead"/>): a read
/// connection with a deferred transaction, begun at the scope's first read. In write-ahead-log
/// mode such a transaction sees the database as it stood at its first statement until it ends,
/// whatever commits meanwhile; the in-memory indexes it uses are those of that same state. One
/// connection runs one statement at a time, so reads inside the scope take turns.
/// </summary>
internal sealed class SqliteReadScope(SqliteDatabase database, TraversalIndex index, Action ended) : IDisposable
{
    private readonly SemaphoreSlim _turn = new(1, 1);
    private PreparedConnection? _connection;
    private SqliteTransaction? _transaction;
    private SqliteSession? _session;
    private long _graphVersion;
    private IndexVersion? _indexes;
    private bool _failed;
    private bool _disposed;

    /// <summary>Runs <paramref name="read"/> in the scope's transaction, beginning it on the first read.</summary>
    public Task<T> ReadAsync<T>(Func<SqliteSession, CancellationToken, Task<T>> read, CancellationToken cancellationToken) =>
        InTurnAsync(session => read(session, cancellationToken), cancellationToken);

    /// <summary>The in-memory indexes of the state the scope sees, or null while they are not built (<see cref="TraversalIndex.AtAsync"/>).</summary>
    public Task<IndexVersion?> IndexAsync(CancellationToken cancellationToken) =>
        InTurnAsync(async _ => _indexes ??= await index.AtAsync(_graphVersion, cancellationToken), cancellationToken);

    /// <summary>Ends the transaction and gives the connection back; one whose read failed is closed instead.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        ended();
        _transaction?.Dispose();
        if (_connection is { } connection)
        {
            if (_failed)
            {
                connection.Dispose();
            }
            else
            {
                database.Return(connection);
            }
        }

        _turn.Dispose();
    }

    private async Task<T> InTurnAsync<T>(Func<SqliteSession, Task<T>> work, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _turn.WaitAsync(cancellationToken);
        try
        {
            return await work(_session ?? await BeginAsync(cancellationToken));
        }
        catch
        {
            _failed = true;
            throw;
        }
        finally
        {
            _turn.Release();
        }
    }

    /// <summary>Opens the transaction and reads the graph version in it: that first read fixes the state the scope sees.</summary>
    [SuppressMessage("Reliability", "CA1849", Justification = "Only the synchronous overload begins a deferred transaction; SQLite does no asynchronous I/O either way.")]
    private async Task<SqliteSession> BeginAsync(CancellationToken cancellationToken)
    {
        _connection = await database.RentReaderAsync(cancellationToken);
        _transaction = _connection.Connection.BeginTransaction(deferred: true);
        var session = new SqliteSession(_connection, _transaction);
        _graphVersion = await SqliteSchema.ReadGraphVersionAsync(session, cancellationToken);
        _session = session;
        return session;
    }
}
