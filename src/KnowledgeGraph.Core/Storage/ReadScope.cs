namespace KnowledgeGraph.Core.Storage;

/// <summary>Scopes of <see cref="IGraphStore.BeginConsistentRead"/> that hold nothing of their own.</summary>
public static class ReadScope
{
    /// <summary>
    /// A scope with nothing to end: the one a nested scope gets, since the outer scope serves
    /// its reads, and the one a store returns whose every read already sees one state.
    /// </summary>
    public static IDisposable None { get; } = new NothingToEnd();

    private sealed class NothingToEnd : IDisposable
    {
        public void Dispose()
        {
        }
    }
}
