using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Testing;

/// <summary>
/// What every <see cref="IGraphStore"/> must do, as the port's documentation states it. A
/// store's test class derives from this one and says how to make a fresh, empty, initialised
/// store; every test makes its own, so each stands alone and any store runs the suite unchanged.
/// The tests are split by concern over the partial files of this class.
/// </summary>
public abstract partial class GraphStoreConformanceTests : IAsyncDisposable
{
    private readonly List<IGraphStore> _stores = [];

    /// <summary>
    /// Why this store cannot be tested here (a server that is not configured, say), or null to
    /// run the tests. Every test checks it first and is reported as skipped when it is set.
    /// </summary>
    protected virtual string? SkipReason => null;

    /// <summary>The token of the running test, so that a cancelled run stops the store's work.</summary>
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Makes a fresh, empty store whose schema is initialised.</summary>
    protected abstract Task<IGraphStore> CreateStoreAsync();

    /// <summary>Releases a store made by <see cref="CreateStoreAsync"/>: closes files, deletes its data.</summary>
    protected virtual Task DisposeStoreAsync(IGraphStore store) => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await DisposeStoreAsync(store);
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>A fresh, empty store for the running test, or a skip when <see cref="SkipReason"/> is set.</summary>
    protected async Task<IGraphStore> EmptyStoreAsync()
    {
        if (SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }

        var store = await CreateStoreAsync();
        _stores.Add(store);
        return store;
    }

    /// <summary>A fresh store holding <paramref name="changes"/>.</summary>
    protected async Task<IGraphStore> StoreWithAsync(GraphChangeSet changes)
    {
        var store = await EmptyStoreAsync();
        await store.ApplyAsync(changes, Ct);
        return store;
    }

    /// <summary>A fresh store holding <see cref="SampleGraph"/>.</summary>
    protected Task<IGraphStore> SampleStoreAsync() => StoreWithAsync(SampleGraph.AsChangeSet());

    private static Source Article(string id) => new(id, $"文章 {id}");

    private static Entity Company(string id, string name) => new(id, "COMPANY", name);

    private static Relationship Cooperation(string id, string fromId, string toId, params Evidence[] evidence) =>
        new(id, "COOPERATES_WITH", fromId, toId) { Evidence = evidence };

    /// <summary>Two companies and an article: the smallest graph a relationship can be added to.</summary>
    private static GraphChangeSet TwoCompanies() => new()
    {
        UpsertSources = [Article("source:one")],
        UpsertEntities = [Company("org:a", "甲公司"), Company("org:b", "乙公司")],
    };

    private static void ShouldBeSame<T>(IEnumerable<T> actual, IEnumerable<T> expected) =>
        actual.Should().BeEquivalentTo(expected, options => options.WithStrictOrdering());

    private static void ShouldBeSame(GraphSnapshot actual, GraphSnapshot expected) =>
        actual.Should().BeEquivalentTo(expected, options => options.WithStrictOrdering());

    /// <summary>Types written as <c>CITY,DISTRICT</c> in a test case; the empty text is the empty list.</summary>
    private static string[] TypeList(string types) => types.Split(',', StringSplitOptions.RemoveEmptyEntries);

    private static IEnumerable<string> Ids(IEnumerable<Entity> entities) => entities.Select(e => e.Id);

    private static IEnumerable<string> Ids(IEnumerable<Relationship> relationships) => relationships.Select(r => r.Id);
}
