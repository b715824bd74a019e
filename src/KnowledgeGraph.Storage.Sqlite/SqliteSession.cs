using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// One connection inside one transaction: every command of an operation runs through it. The
/// connection keeps its commands prepared, so a statement that runs again (for the next row
/// of a change set, or the next read) is not compiled again.
/// </summary>
internal sealed class SqliteSession(PreparedConnection connection, SqliteTransaction transaction)
{
    /// <summary>Runs a query and maps each row.</summary>
    public async Task<List<T>> QueryAsync<T>(
        string sql, Func<SqliteDataReader, T> map, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var command = Command(sql, parameters);
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    /// <summary>Runs a query that returns one value.</summary>
    public Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        Command(sql, parameters).ExecuteScalarAsync(cancellationToken);

    /// <summary>Runs a statement.</summary>
    public Task ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        Command(sql, parameters).ExecuteNonQueryAsync(cancellationToken);

    /// <summary>
    /// A list of strings as a JSON array, for <c>json_each</c>: one parameter carries a whole
    /// traversal frontier, however large. Only quotes, backslashes and control characters are
    /// escaped, so that every other character reaches SQLite as it is.
    /// </summary>
    public static string JsonArray(IEnumerable<string> values)
    {
        var json = new StringBuilder("[");
        foreach (var value in values)
        {
            if (json.Length > 1)
            {
                json.Append(',');
            }

            AppendJsonString(json, value);
        }

        return json.Append(']').ToString();
    }

    /// <summary>The connection's command for <paramref name="sql"/>, in this transaction, with these parameters bound.</summary>
    private SqliteCommand Command(string sql, (string Name, object? Value)[] parameters)
    {
        var command = connection.Command(sql);
        command.Transaction = transaction;
        command.Parameters.Clear();
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private static void AppendJsonString(StringBuilder json, string value)
    {
        json.Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => json.Append("\\\""),
                '\\' => json.Append("\\\\"),
                < ' ' => json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => json.Append(c),
            };
        }

        json.Append('"');
    }
}

/// <summary>Reading nullable columns.</summary>
internal static class SqliteDataReaderExtensions
{
    public static string? GetStringOrNull(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
