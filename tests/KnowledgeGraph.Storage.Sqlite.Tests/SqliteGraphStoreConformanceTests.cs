using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

public sealed class SqliteGraphStoreConformanceTests : GraphStoreConformanceTests
{
    private readonly Dictionary<IGraphStore, TemporaryDirectory> _directories = [];

    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        var directory = new TemporaryDirectory();
        var store = SqliteGraphStoreFactory.Create(new SqliteGraphStoreOptions { FilePath = directory.File("graph.db") });
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
