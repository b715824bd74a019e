using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Ingestion.Tests.Support;

/// <summary>A SQLite file in a folder of its own that does not exist until the store makes it; all deleted when the test ends.</summary>
internal sealed class TemporaryDatabase : IDisposable
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kg-db-" + Guid.NewGuid().ToString("N"));

    public string Path => System.IO.Path.Combine(_folder, "data", "knowledge-graph.db");

    /// <summary>Everything the file holds, read through a store of its own.</summary>
    public async Task<GraphSnapshot> ReadSnapshotAsync()
    {
        var store = SqliteGraphStoreFactory.Create(new SqliteGraphStoreOptions { FilePath = Path });
        using var disposable = (IDisposable)store;
        await store.InitializeAsync(TestContext.Current.CancellationToken);
        return await store.ReadSnapshotAsync(TestContext.Current.CancellationToken);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
