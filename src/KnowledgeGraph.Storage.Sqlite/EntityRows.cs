using KnowledgeGraph.Core.Model;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>Reading entities: one query picks the rows, a second adds their aliases in order.</summary>
internal static class EntityRows
{
    public const string All = $"{Select} ORDER BY id COLLATE {SqliteDatabase.OrdinalCollation}";

    public const string ByIds = $"{Select} WHERE id IN (SELECT value FROM json_each($ids))";

    public const string ByName = $"""
        {Select}
        WHERE id IN (SELECT entity_id FROM entity_names WHERE name = $name COLLATE NOCASE)
        ORDER BY id COLLATE {SqliteDatabase.OrdinalCollation}
        """;

    public const string Page = $"""
        {Select}
        WHERE ($types IS NULL OR type IN (SELECT value FROM json_each($types)))
          AND ($afterId IS NULL OR id > $afterId COLLATE {SqliteDatabase.OrdinalCollation})
        ORDER BY id COLLATE {SqliteDatabase.OrdinalCollation}
        LIMIT $first
        """;

    private const string Select = "SELECT id, type, name, name_en, note FROM entities";

    private const string AliasesOf = """
        SELECT entity_id, alias FROM entity_aliases
        WHERE entity_id IN (SELECT value FROM json_each($ids))
        ORDER BY entity_id, position
        """;

    /// <summary>The entities that <paramref name="sql"/> (one of this class's queries) selects, in its order.</summary>
    public static async Task<List<Entity>> ReadAsync(
        SqliteSession session, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var entities = await session.QueryAsync(sql, ReadEntity, cancellationToken, parameters);
        if (entities.Count == 0)
        {
            return entities;
        }

        var aliases = await session.QueryAsync(
            AliasesOf,
            reader => (EntityId: reader.GetString(0), Alias: reader.GetString(1)),
            cancellationToken,
            ("$ids", SqliteSession.JsonArray(entities.Select(e => e.Id))));
        var aliasesById = aliases.GroupBy(a => a.EntityId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(a => a.Alias).ToList(), StringComparer.Ordinal);
        return [.. entities.Select(e => aliasesById.TryGetValue(e.Id, out var list) ? e with { Aliases = list } : e)];
    }

    private static Entity ReadEntity(SqliteDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetString(2))
        {
            NameEn = reader.GetStringOrNull(3),
            Note = reader.GetStringOrNull(4),
        };
}
