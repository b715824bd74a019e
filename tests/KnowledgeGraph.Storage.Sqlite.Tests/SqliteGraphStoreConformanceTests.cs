using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

/// <summary>The store with its in-memory indexes: every traversal waits for those of the state it reads.</summary>
public class SqliteGraphStoreConformanceTests : GraphStoreConformanceTests
{
    private readonly Dictionary<IGraphStore, TemporaryDirectory> _directories = [];

    protected virtual TimeSpan IndexWait => Timeout.InfiniteTimeSpan;

    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        var directory = new TemporaryDirectory();
        var store = SqliteGraphStoreFactory.Create(new SqliteGraphStoreOptions { FilePath = directory.File("graph.db"), IndexWait = IndexWait });
        _directories.Add(store, directory);
        await store.InitializeAsync(Ct);
        return store;
    }

    protected override Task DisposeStoreAsync(IGraphStore store)
    {
        ((IDisposable)store).Dispose();
        _directories[store].Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>
/// The store as a large graph finds it after every change: its indexes still being built, so
/// that traversals and short searches answer from SQLite without them, with the same answers.
/// </summary>
public sealed class SqliteGraphStoreWhileIndexesBuildConformanceTests : SqliteGraphStoreConformanceTests
{
    protected override TimeSpan IndexWait => TimeSpan.Zero;
}
