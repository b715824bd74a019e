namespace KnowledgeGraph.Storage.Neo4j.Cypher;

/// <summary>The statements of the traversal primitives that the Neo4j store answers in Cypher.</summary>
internal sealed partial class CypherQueries
{
    /// <summary>The relationships with the ids in <c>$ids</c>; the relationship index on <c>id</c> finds each.</summary>
    public static string RelationshipsById =>
        $"MATCH (:{EntityLabel})-[r]->(:{EntityLabel}) WHERE r.id IN $ids RETURN {RelationshipColumns}";
}
