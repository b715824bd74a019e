using System.Globalization;
using KnowledgeGraph.Core.Model;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// Reading relationships: one query picks the rows, a second adds their evidence in order. The
/// rows are put in id order here rather than by SQL: ordering by the <c>ORDINAL</c> collation
/// calls back into .NET with two new strings for every comparison, which cost more than the query.
/// </summary>
internal static class RelationshipRows
{
    public const string All = Select;

    public const string ByIds = $"{Select} WHERE id IN (SELECT value FROM json_each($ids))";

    public const string From = $"{Select} WHERE from_id IN (SELECT value FROM json_each($ids)) AND {TypeFilter}";

    public const string To = $"{Select} WHERE to_id IN (SELECT value FROM json_each($ids)) AND {TypeFilter}";

    // Two index lookups rather than one OR, so both traversal indexes are used; the second skips
    // what the first found, so that no relationship comes twice and nothing needs de-duplicating.
    public const string Touching = $"""
        {From}
        UNION ALL
        {Select}
        WHERE to_id IN (SELECT value FROM json_each($ids)) AND from_id NOT IN (SELECT value FROM json_each($ids)) AND {TypeFilter}
        """;

    private const string Select = """
        SELECT id, type, from_id, to_id, role, date, valid_from, valid_to,
               amount_value, amount_unit, amount_currency, amount_approximate, amount_text, note
        FROM relationships
        """;

    private const string TypeFilter = "($types IS NULL OR type IN (SELECT value FROM json_each($types)))";

    private const string EvidenceOf = """
        SELECT relationship_id, source_id, quote FROM evidence
        WHERE relationship_id IN (SELECT value FROM json_each($ids))
        ORDER BY relationship_id, position
        """;

    /// <summary>The relationships that <paramref name="sql"/> (one of this class's queries) selects, ordered by id (ordinal).</summary>
    public static async Task<List<Relationship>> ReadAsync(
        SqliteSession session, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var relationships = await session.QueryAsync(sql, ReadRelationship, cancellationToken, parameters);
        if (relationships.Count == 0)
        {
            return relationships;
        }

        relationships.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        var evidence = await session.QueryAsync(
            EvidenceOf,
            reader => (RelationshipId: reader.GetString(0), Evidence: new Evidence(reader.GetString(1), reader.GetString(2))),
            cancellationToken,
            ("$ids", SqliteSession.JsonArray(relationships.Select(r => r.Id))));
        var evidenceById = evidence.GroupBy(e => e.RelationshipId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Evidence).ToList(), StringComparer.Ordinal);
        return [.. relationships.Select(r => evidenceById.TryGetValue(r.Id, out var list) ? r with { Evidence = list } : r)];
    }

    /// <summary>An amount as stored: invariant decimal text, which keeps the scale it was written with.</summary>
    public static string AmountText(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static Relationship ReadRelationship(SqliteDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3))
        {
            Role = reader.GetStringOrNull(4),
            Date = ReadDate(reader, 5),
            ValidFrom = ReadDate(reader, 6),
            ValidTo = ReadDate(reader, 7),
            Amount = reader.IsDBNull(8) ? null : ReadAmount(reader),
            Note = reader.GetStringOrNull(13),
        };

    private static PartialDate? ReadDate(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : PartialDate.Parse(reader.GetString(ordinal));

    private static Money ReadAmount(SqliteDataReader reader) =>
        new(decimal.Parse(reader.GetString(8), NumberStyles.Number, CultureInfo.InvariantCulture), reader.GetString(9), reader.GetString(10))
        {
            Approximate = reader.GetInt64(11) != 0,
            Text = reader.GetStringOrNull(12),
        };
}
