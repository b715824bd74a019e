using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Storage.Neo4j.Cypher;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// The traversal primitives the store answers in Cypher, one round trip each. The others
/// (reach, neighbourhood, paths, pages) are the port's layered defaults: one round trip per
/// breadth-first layer.
/// </summary>
internal sealed partial class Neo4jGraphStore
{
    public async Task<IReadOnlyList<Relationship>> GetRelationshipsByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return [];
        }

        var results = await ReadAsync(cancellationToken, Statement("read relationships by id", CypherQueries.RelationshipsById, ("ids", ids.ToList())));
        return ById(results[0].Rows.Select(GraphRecords.ReadRelationship), r => r.Id);
    }
}
