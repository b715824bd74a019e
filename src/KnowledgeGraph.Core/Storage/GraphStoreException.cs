namespace KnowledgeGraph.Core.Storage;

/// <summary>
/// A store failed. <see cref="IsTransient"/> tells callers whether trying again may succeed
/// (a lost connection, a deadlock, a busy server) or not (a bad statement, a broken constraint).
/// </summary>
public sealed class GraphStoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    public GraphStoreException(string message, bool isTransient, Exception? innerException = null)
        : base(message, innerException)
    {
        IsTransient = isTransient;
    }

    /// <summary>True when the same work may succeed if tried again.</summary>
    public bool IsTransient { get; }
}
