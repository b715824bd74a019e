using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.DataLoader;

/// <summary>Gives resolvers the data loaders of the request they run in.</summary>
public static class DataLoaderResolveContextExtensions
{
    /// <summary>
    /// The request's loader named <paramref name="name"/>, created with <paramref name="batchLoad"/>
    /// the first time any resolver of the request asks for it. Use one name per kind of data
    /// (<c>"personById"</c>); every resolver asking by that name shares the loader, its batches and its cache.
    /// </summary>
    /// <param name="context">The resolver's context.</param>
    /// <param name="name">The loader's name, unique per key and value type within a request.</param>
    /// <param name="batchLoad">Loads many keys at once; keys missing from its result load as default.</param>
    /// <param name="options">Batching options; <see cref="DataLoaderOptions.Default"/> when null.</param>
    /// <exception cref="InvalidOperationException">
    /// The context belongs to no executing request, or a loader of that name has other key or value types.
    /// </exception>
    public static DataLoader<TKey, TValue> GetDataLoader<TKey, TValue>(
        this IResolveContext context,
        string name,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batchLoad,
        DataLoaderOptions? options = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(batchLoad);
        var scope = context.Items.GetValueOrDefault(DataLoaderScope.ItemsKey) as DataLoaderScope
            ?? throw new InvalidOperationException("Data loaders work only inside a request run by the executor, which dispatches their batches.");
        return scope.GetOrAdd(name, batchLoad, options ?? DataLoaderOptions.Default);
    }
}
