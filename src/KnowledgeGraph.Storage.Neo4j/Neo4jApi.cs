namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>Which of Neo4j's HTTP APIs the store speaks.</summary>
public enum Neo4jApi
{
    /// <summary>
    /// The transactional Cypher API (<c>/db/{database}/tx/commit</c>), served by Neo4j 4.4 and
    /// 5.x servers; Neo4j deprecated it in 5.26 and Aura does not offer it.
    /// </summary>
    Transactional,

    /// <summary>
    /// The Query API (<c>/db/{database}/query/v2</c>), served by Aura and by Neo4j 5.19 and
    /// later (on by default from 5.25). Each statement is one request; a unit of work of several
    /// statements is an explicit transaction, which self-managed clusters do not route.
    /// </summary>
    Query,
}
