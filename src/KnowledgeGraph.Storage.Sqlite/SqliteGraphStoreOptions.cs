namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>Where the embedded store keeps its SQLite file, and how long a write waits for a lock.</summary>
public sealed record SqliteGraphStoreOptions
{
    /// <summary>
    /// The SQLite file. <see cref="Core.Storage.IGraphStore.InitializeAsync"/> creates it when
    /// missing, but not its directory, which must exist and be writable. A relative path is
    /// resolved against the current directory when the store is created.
    /// Default: <c>knowledge-graph.db</c>.
    /// </summary>
    public string FilePath { get; init; } = "knowledge-graph.db";

    /// <summary>
    /// How long an operation waits while another connection holds the file's write lock before
    /// it fails with a transient <see cref="Core.Storage.GraphStoreException"/>. Counted in whole
    /// seconds (rounded up), at least one. Default: 5 seconds.
    /// </summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a traversal or a short search waits for the in-memory indexes of the state it
    /// reads when they are still being built (at first use, and after each change), before it
    /// answers without them from SQLite: same answers, more reads. The indexes of a graph of a
    /// million relationships take seconds to build, which no user should wait for; a small
    /// graph's are built long before this runs out. Zero or more, or <see cref="Timeout.InfiniteTimeSpan"/>
    /// to always wait. Default: 1 second.
    /// </summary>
    public TimeSpan IndexWait { get; init; } = TimeSpan.FromSeconds(1);
}
