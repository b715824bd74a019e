using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>Creates the embedded graph store: one SQLite file, in write-ahead-log mode.</summary>
public static class SqliteGraphStoreFactory
{
    static SqliteGraphStoreFactory() => SQLitePCL.Batteries_V2.Init();

    /// <summary>
    /// Creates a store over the file that <paramref name="options"/> names. Nothing touches the
    /// file until <see cref="IGraphStore.InitializeAsync"/>, which must run before any other call.
    /// The store is safe to share between threads; it also implements <see cref="IDisposable"/>,
    /// which closes the connections it keeps open for reuse.
    /// </summary>
    /// <exception cref="ArgumentException">The file path is empty, the busy timeout is under one second or the index wait is negative.</exception>
    public static IGraphStore Create(SqliteGraphStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.FilePath))
        {
            throw new ArgumentException("the SQLite store needs a file path; FilePath is empty", nameof(options));
        }

        if (options.BusyTimeout < TimeSpan.FromSeconds(1) || options.BusyTimeout > TimeSpan.FromSeconds(int.MaxValue))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.BusyTimeout, "BusyTimeout must be at least one second");
        }

        if (options.IndexWait < TimeSpan.Zero && options.IndexWait != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.IndexWait, "IndexWait must be zero or more, or infinite");
        }

        return new SqliteGraphStore(Path.GetFullPath(options.FilePath), options.BusyTimeout, options.IndexWait);
    }
}
