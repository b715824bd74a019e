namespace KnowledgeGraph.Ingestion.Hosting;

/// <summary>
/// The environment asks for a graph store that cannot be set up: an unknown <c>KG_STORE</c>,
/// missing or invalid Neo4j settings, a SQLite file whose folder cannot be made. It is the
/// operator's to fix; the message says what and how.
/// </summary>
public sealed class GraphStoreConfigurationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public GraphStoreConfigurationException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
