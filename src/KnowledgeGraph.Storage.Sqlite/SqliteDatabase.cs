using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// The SQLite file and how to open connections to it. Every connection gets foreign keys on,
/// the busy timeout, and the <c>ORDINAL</c> collation that orders text the way .NET's ordinal
/// comparison does (UTF-16 code units), which is the order the port promises; SQLite's own
/// BINARY order (UTF-8 bytes) differs for characters outside the basic plane.
/// </summary>
internal sealed class SqliteDatabase : IDisposable
{
    /// <summary>The collation that SQL text names to order ids and names ordinally.</summary>
    public const string OrdinalCollation = "ORDINAL";

    private readonly string _createConnectionString;
    private readonly string _openConnectionString;

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
    public async Task<SqliteConnection> OpenAsync(bool mayCreate, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(mayCreate ? _createConnectionString : _openConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            connection.CreateCollation(OrdinalCollation, string.CompareOrdinal);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Closes the idle pooled connections, so that the file is no longer held open.</summary>
    public void Dispose()
    {
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
