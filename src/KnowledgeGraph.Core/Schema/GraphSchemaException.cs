namespace KnowledgeGraph.Core.Schema;

/// <summary>The graph schema file is malformed or breaks a rule of the schema format.</summary>
public sealed class GraphSchemaException : Exception
{
    /// <summary>Creates the exception with a message that says what is wrong and where.</summary>
    public GraphSchemaException(string message)
        : base($"graph schema: {message}")
    {
    }

    /// <summary>Creates the exception with a message and the error that caused it.</summary>
    public GraphSchemaException(string message, Exception innerException)
        : base($"graph schema: {message}", innerException)
    {
    }
}
