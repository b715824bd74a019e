using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// The SQLite file and how to open connections to it. Every connection gets foreign keys on,
/// the busy timeout, and the <c>ORDINAL</c> collation that orders text the way .NET's ordinal
/// comparison does (UTF-16 code units), which is the order the port promises; SQLite's own
/// BINARY order (UTF-8 bytes) differs for characters outside the basic plane.
/// </summary>
/// <remarks>
/// Reads are many and small, so the connections they use stay open between operations, with
/// their statements prepared (<see cref="RentReaderAsync"/>): opening a connection, even from
/// the pool, runs its setup again, and a fresh command compiles its SQL again.
/// </remarks>
internal sealed class SqliteDatabase : IDisposable
{
    /// <summary>The collation that SQL text names to order ids and names ordinally.</summary>
    public const string OrdinalCollation = "ORDINAL";

    /// <summary>Idle read connections kept open; more are opened under load and closed when returned.</summary>
    private static readonly int MaxIdleReaders = Environment.ProcessorCount * 2;

    private readonly string _createConnectionString;
    private readonly string _openConnectionString;
    private readonly Stack<PreparedConnection> _idleReaders = new();
    private bool _disposed;

    public SqliteDatabase(string filePath, TimeSpan busyTimeout)
    {
        FilePath = filePath;
        _createConnectionString = ConnectionString(filePath, busyTimeout, SqliteOpenMode.ReadWriteCreate);
        _openConnectionString = ConnectionString(filePath, busyTimeout, SqliteOpenMode.ReadWrite);
    }

    /// <summary>The full path of the file.</summary>
    public string FilePath { get; }

    /// <summary>
    /// Opens a connection (from the pool when one is idle). Only initialisation may create the
    /// file, so that a store used before it is initialised reports a missing file instead of
    /// silently leaving an empty one behind.
    /// </summary>
    [SuppressMessage("Reliability", "CA2000", Justification = "The prepared connection takes the connection over and disposes it; until then a failure disposes it here.")]
    public async Task<PreparedConnection> OpenAsync(bool mayCreate, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(mayCreate ? _createConnectionString : _openConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            connection.CreateCollation(OrdinalCollation, string.CompareOrdinal);
            return new PreparedConnection(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>An open connection for reads: an idle one when there is one, else a new one. Give it back with <see cref="Return"/>.</summary>
    public async Task<PreparedConnection> RentReaderAsync(CancellationToken cancellationToken)
    {
        lock (_idleReaders)
        {
            if (_idleReaders.TryPop(out var idle))
            {
                return idle;
            }
        }

        return await OpenAsync(mayCreate: false, cancellationToken);
    }

    /// <summary>
    /// Takes back a read connection whose operation ended well, to keep it open for the next;
    /// closes it when enough are idle or the database is disposed. A connection whose operation
    /// failed is disposed by the caller instead: its state is not worth trusting.
    /// </summary>
    public void Return(PreparedConnection reader)
    {
        lock (_idleReaders)
        {
            if (!_disposed && _idleReaders.Count < MaxIdleReaders)
            {
                _idleReaders.Push(reader);
                return;
            }
        }

        reader.Dispose();
    }

    /// <summary>Closes the idle read connections and the idle pooled ones, so that the file is no longer held open.</summary>
    public void Dispose()
    {
        lock (_idleReaders)
        {
            _disposed = true;
            while (_idleReaders.TryPop(out var reader))
            {
                reader.Dispose();
            }
        }

        foreach (var connectionString in new[] { _createConnectionString, _openConnectionString })
        {
            using var connection = new SqliteConnection(connectionString);
            SqliteConnection.ClearPool(connection);
        }
    }

    private static string ConnectionString(string filePath, TimeSpan busyTimeout, SqliteOpenMode mode) =>
        new SqliteConnectionStringBuilder
        {
            DataSource = filePath,
            Mode = mode,
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = (int)Math.Ceiling(busyTimeout.TotalSeconds),
        }.ToString();
}
