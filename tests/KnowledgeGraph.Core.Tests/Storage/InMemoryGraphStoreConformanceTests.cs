using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Core.Tests.Storage;

public sealed class InMemoryGraphStoreConformanceTests : GraphStoreConformanceTests
{
    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        var store = new InMemoryGraphStore();
        await store.InitializeAsync(Ct);
        return store;
    }
}
