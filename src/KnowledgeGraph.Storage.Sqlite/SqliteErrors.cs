using KnowledgeGraph.Core.Storage;
using Microsoft.Data.Sqlite;
using static SQLitePCL.raw;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>Turns SQLite's errors into the port's one exception, naming the file and what failed.</summary>
internal static class SqliteErrors
{
    /// <summary>
    /// A busy or locked file is transient (another writer will finish); everything else, from a
    /// missing directory to a broken constraint, fails the same way when tried again.
    /// </summary>
    public static GraphStoreException Translate(SqliteException error, string filePath, string operation)
    {
        var isTransient = error.SqliteErrorCode is SQLITE_BUSY or SQLITE_LOCKED;
        var reason = error.SqliteErrorCode switch
        {
            SQLITE_BUSY or SQLITE_LOCKED => "another connection holds the file's lock; try again",
            SQLITE_NOTADB => "the file is not a SQLite database",
            SQLITE_CANTOPEN => "the file cannot be opened; its directory must exist and be writable, and the store must have been initialised",
            SQLITE_READONLY => "the file or its directory is read-only",
            SQLITE_CORRUPT => "the file is corrupt",
            SQLITE_FULL => "the disk is full",
            _ => "SQLite refused the operation",
        };
        return new GraphStoreException($"SQLite store '{filePath}': could not {operation}: {reason} ({error.Message})", isTransient, error);
    }
}
