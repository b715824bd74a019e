using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>Counting the graph by type.</summary>
internal static class StatsQueries
{
    private const string EntitiesByType = $"SELECT type, COUNT(*) FROM entities GROUP BY type ORDER BY type COLLATE {SqliteDatabase.OrdinalCollation}";

    private const string RelationshipsByType = $"SELECT type, COUNT(*) FROM relationships GROUP BY type ORDER BY type COLLATE {SqliteDatabase.OrdinalCollation}";

    private const string CountSources = "SELECT COUNT(*) FROM sources";

    public static async Task<GraphStats> ReadAsync(SqliteSession session, CancellationToken cancellationToken)
    {
        var entities = await session.QueryAsync(EntitiesByType, ReadCount, cancellationToken);
        var relationships = await session.QueryAsync(RelationshipsByType, ReadCount, cancellationToken);
        var sources = (long)(await session.ScalarAsync(CountSources, cancellationToken) ?? 0L);
        return new GraphStats(entities.Sum(c => c.Count), relationships.Sum(c => c.Count), checked((int)sources), entities, relationships);
    }

    private static TypeCount ReadCount(Microsoft.Data.Sqlite.SqliteDataReader reader) => new(reader.GetString(0), reader.GetInt32(1));
}
