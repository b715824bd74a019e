namespace KnowledgeGraph.Core.Queries;

/// <summary>
/// A question the query service cannot answer as asked: an argument out of range, a
/// reference that names nothing or several things. It is the caller's to fix, never the
/// store's, so transports report its message to the user as it is.
/// </summary>
public abstract class QueryException : Exception
{
    /// <summary>Creates the exception with a message that says what is wrong and how to fix it.</summary>
    protected QueryException(string message)
        : base(message)
    {
    }
}
