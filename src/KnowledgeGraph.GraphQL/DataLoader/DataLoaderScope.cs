namespace KnowledgeGraph.GraphQL.DataLoader;

/// <summary>
/// The data loaders of one request, and the dispatch loop that drives them: whenever execution
/// cannot go on without them, every loader with queued keys calls its batch function.
/// </summary>
/// <remarks>
/// The executor starts every sibling field and list item before it awaits any, so by the time
/// execution yields, each level has queued all its keys. Loads complete inline, which lets the
/// next level queue its keys before a dispatch round returns: one batch call per loader per level.
/// Keys queued by resolvers that first awaited other I/O are dispatched as soon as they are seen,
/// which costs batching, never correctness.
/// </remarks>
internal sealed class DataLoaderScope
{
    /// <summary>The key under which a request's scope sits in <see cref="Types.IResolveContext.Items"/>.</summary>
    public const string ItemsKey = "KnowledgeGraph.GraphQL.DataLoader.DataLoaderScope";

    private readonly Dictionary<string, object> _loaders = new(StringComparer.Ordinal);
    private readonly List<IBatchLoader> _queued = [];
    private TaskCompletionSource? _loadQueued;

    /// <summary>The loader named <paramref name="name"/>, created with <paramref name="batchLoad"/> on first use.</summary>
    /// <exception cref="InvalidOperationException">A loader of that name exists with other key or value types.</exception>
    public DataLoader<TKey, TValue> GetOrAdd<TKey, TValue>(
        string name,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batchLoad,
        DataLoaderOptions options)
        where TKey : notnull
    {
        lock (_loaders)
        {
            if (!_loaders.TryGetValue(name, out var loader))
            {
                loader = new DataLoader<TKey, TValue>(this, batchLoad, options);
                _loaders.Add(name, loader);
            }

            return loader as DataLoader<TKey, TValue> ?? throw new InvalidOperationException(
                $"The data loader \"{name}\" of this request loads {loader.GetType().GenericTypeArguments[1].Name} by {loader.GetType().GenericTypeArguments[0].Name}, " +
                $"not {typeof(TValue).Name} by {typeof(TKey).Name}; give each loader its own name.");
        }
    }

    /// <summary>Notes that <paramref name="loader"/> has keys waiting, and wakes the dispatch loop.</summary>
    public void Enqueue(IBatchLoader loader)
    {
        TaskCompletionSource? wake;
        lock (_queued)
        {
            _queued.Add(loader);
            wake = _loadQueued;
            _loadQueued = null;
        }

        wake?.TrySetResult();
    }

    /// <summary>
    /// Awaits <paramref name="execution"/>, dispatching the loaders' queued keys each time it is
    /// waiting for them; without any loads this is a plain await.
    /// </summary>
    public async Task<TResult> DriveAsync<TResult>(Task<TResult> execution, CancellationToken cancellationToken)
    {
        while (!execution.IsCompleted)
        {
            var (queued, wake) = TakeQueued();
            if (queued.Count > 0)
            {
                await DispatchAsync(queued, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await Task.WhenAny(execution, wake!).ConfigureAwait(false);
            }
        }

        return await execution.ConfigureAwait(false);
    }

    /// <summary>The loaders with queued keys, or none and a task that completes when one is queued.</summary>
    private (List<IBatchLoader> Queued, Task? Wake) TakeQueued()
    {
        lock (_queued)
        {
            if (_queued.Count > 0)
            {
                var queued = _queued.ToList();
                _queued.Clear();
                return (queued, null);
            }

            _loadQueued ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return ([], _loadQueued.Task);
        }
    }

    private static Task DispatchAsync(List<IBatchLoader> loaders, CancellationToken cancellationToken) =>
        loaders.Count == 1
            ? loaders[0].DispatchAsync(cancellationToken)
            : Task.WhenAll(loaders.Select(loader => loader.DispatchAsync(cancellationToken)));
}
