using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>How a substring of the search keys is found.</summary>
internal enum NameSearchPath
{
    /// <summary>The FTS5 trigram index: fast, but only for searched keys of three characters or more.</summary>
    TrigramIndex,

    /// <summary>A scan of every key with <c>instr</c>: for one or two characters, which have no trigram.</summary>
    KeyScan,

    /// <summary>The in-memory index of every one- and two-unit substring of the keys (<see cref="Sqlite.ShortKeyIndex"/>): for keys that short, without a scan.</summary>
    ShortKeyIndex,
}

/// <summary>
/// Search candidates: every (entity, name) pair whose search key contains the searched key,
/// ordered by entity id then name. Both paths give exactly that; the choice is speed only.
/// </summary>
internal static class NameSearch
{
    private const string TypeFilter = "($types IS NULL OR e.type IN (SELECT value FROM json_each($types)))";

    private const string InOrder = $"""
        ORDER BY n.entity_id COLLATE {SqliteDatabase.OrdinalCollation}, n.name COLLATE {SqliteDatabase.OrdinalCollation}
        LIMIT $limit
        """;

    private const string ByTrigrams = $"""
        SELECT n.entity_id, n.name
        FROM entity_name_trigrams
        JOIN entity_names AS n ON n.name_id = entity_name_trigrams.rowid
        JOIN entities AS e ON e.id = n.entity_id
        WHERE entity_name_trigrams MATCH $phrase AND {TypeFilter}
        {InOrder}
        """;

    private const string ByKeyScan = $"""
        SELECT n.entity_id, n.name
        FROM entity_names AS n
        JOIN entities AS e ON e.id = n.entity_id
        WHERE instr(n.search_key, $key) > 0 AND {TypeFilter}
        {InOrder}
        """;

    /// <summary>
    /// The path that can answer <paramref name="key"/> fastest: the short-key index for one or two
    /// UTF-16 units, trigrams for three characters (not UTF-16 units) or more, else a scan.
    /// </summary>
    public static NameSearchPath PathFor(string key) =>
        Sqlite.ShortKeyIndex.Answers(key) ? NameSearchPath.ShortKeyIndex
        : key.EnumerateRunes().Take(3).Count() == 3 ? NameSearchPath.TrigramIndex
        : NameSearchPath.KeyScan;

    /// <summary>The candidates for a non-empty search key along one of the SQL paths, at most <paramref name="limit"/>.</summary>
    public static async Task<IReadOnlyList<SearchCandidate>> FindAsync(
        SqliteSession session, string key, IReadOnlyCollection<string>? types, int limit, NameSearchPath path, CancellationToken cancellationToken)
    {
        var typesJson = types is null ? null : SqliteSession.JsonArray(types);
        var matches = path == NameSearchPath.TrigramIndex
            ? await session.QueryAsync(ByTrigrams, ReadMatch, cancellationToken, ("$phrase", Phrase(key)), ("$types", typesJson), ("$limit", limit))
            : await session.QueryAsync(ByKeyScan, ReadMatch, cancellationToken, ("$key", key), ("$types", typesJson), ("$limit", limit));
        return await WithEntitiesAsync(session, matches, cancellationToken);
    }

    /// <summary>The candidates of (entity id, name) matches, in their order; a match whose entity has gone since is left out.</summary>
    public static async Task<IReadOnlyList<SearchCandidate>> WithEntitiesAsync(
        SqliteSession session, List<(string EntityId, string Name)> matches, CancellationToken cancellationToken)
    {
        if (matches.Count == 0)
        {
            return [];
        }

        var entities = await EntityRows.ReadAsync(
            session, EntityRows.ByIds, cancellationToken, ("$ids", SqliteSession.JsonArray(matches.Select(m => m.EntityId).Distinct(StringComparer.Ordinal))));
        var byId = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        return [.. matches.Where(m => byId.ContainsKey(m.EntityId)).Select(m => new SearchCandidate(byId[m.EntityId], m.Name))];
    }

    /// <summary>The key as one FTS5 phrase: quoted, with its own quotes doubled, so no character is query syntax.</summary>
    private static string Phrase(string key) => $"\"{key.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private static (string EntityId, string Name) ReadMatch(Microsoft.Data.Sqlite.SqliteDataReader reader) =>
        (reader.GetString(0), reader.GetString(1));
}
