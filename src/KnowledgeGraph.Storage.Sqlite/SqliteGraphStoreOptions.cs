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
}
