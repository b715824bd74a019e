using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// An open connection that keeps each statement it has run prepared. SQLite compiles a
/// statement's text into a program before running it, which costs about as much as running
/// one of the store's small queries; a connection that stays open compiles each text once.
/// The texts are this assembly's SQL constants, so the set stays small.
/// </summary>
internal sealed class PreparedConnection(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    /// <summary>The connection; its transactions are the caller's to begin and end.</summary>
    public SqliteConnection Connection => connection;

    /// <summary>The command for <paramref name="sql"/>, prepared on its first run and kept for the next; the caller sets its parameters and must not dispose it.</summary>
    [SuppressMessage("Security", "CA2100", Justification = "Every caller passes one of this assembly's SQL constants; values travel only as parameters.")]
    public SqliteCommand Command(string sql)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            _commands.Add(sql, command);
        }

        return command;
    }

    /// <summary>Finalizes the prepared statements, then closes the connection.</summary>
    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        connection.Dispose();
    }
}
