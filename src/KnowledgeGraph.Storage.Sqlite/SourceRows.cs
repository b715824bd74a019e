using KnowledgeGraph.Core.Model;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>Reading sources.</summary>
internal static class SourceRows
{
    public const string All = $"{Select} ORDER BY id COLLATE {SqliteDatabase.OrdinalCollation}";

    public const string ByIds = $"{Select} WHERE id IN (SELECT value FROM json_each($ids)) ORDER BY id COLLATE {SqliteDatabase.OrdinalCollation}";

    private const string Select = "SELECT id, title, outlet, published_on, file FROM sources";

    /// <summary>The sources that <paramref name="sql"/> (one of this class's queries) selects, in its order.</summary>
    public static Task<List<Source>> ReadAsync(
        SqliteSession session, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        session.QueryAsync(sql, ReadSource, cancellationToken, parameters);

    private static Source ReadSource(SqliteDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1))
        {
            Outlet = reader.GetStringOrNull(2),
            PublishedOn = reader.IsDBNull(3) ? null : PartialDate.Parse(reader.GetString(3)),
            File = reader.GetStringOrNull(4),
        };
}
