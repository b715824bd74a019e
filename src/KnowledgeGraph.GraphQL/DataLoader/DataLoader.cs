namespace KnowledgeGraph.GraphQL.DataLoader;

/// <summary>
/// Collects the keys that one request's resolvers ask for and loads them with one call of a
/// batch function per execution level, so a list of N items each loading a child costs one store
/// call, not N. Each key is loaded at most once per request: later loads of it share the first.
/// Obtain one per request with <see cref="DataLoaderResolveContextExtensions.GetDataLoader{TKey, TValue}"/>;
/// the executor dispatches the queued keys whenever every field it can start is waiting.
/// </summary>
/// <typeparam name="TKey">The key type; compared with its default equality.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public sealed class DataLoader<TKey, TValue> : IBatchLoader
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _batchLoad;
    private readonly DataLoaderOptions _options;
    private readonly DataLoaderScope _scope;
    private readonly Dictionary<TKey, Task<TValue?>> _loads = [];
    private List<KeyValuePair<TKey, TaskCompletionSource<TValue?>>> _queue = [];

    internal DataLoader(
        DataLoaderScope scope,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batchLoad,
        DataLoaderOptions options)
    {
        _scope = scope;
        _batchLoad = batchLoad;
        _options = options;
    }

    /// <summary>
    /// The value for <paramref name="key"/>: default when the batch function's result has no entry
    /// for it. Fails as the batch function failed, for every key of that batch.
    /// </summary>
    public Task<TValue?> LoadAsync(TKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        TaskCompletionSource<TValue?> pending;
        bool firstQueued;
        lock (_loads)
        {
            if (_loads.TryGetValue(key, out var known))
            {
                return known;
            }

            // Continuations run inline when the batch completes (no RunContinuationsAsynchronously):
            // the resolvers waiting on this level then queue the next level's keys before dispatch returns.
            pending = new TaskCompletionSource<TValue?>();
            _loads.Add(key, pending.Task);
            _queue.Add(new(key, pending));
            firstQueued = _queue.Count == 1;
        }

        if (firstQueued)
        {
            _scope.Enqueue(this);
        }

        return pending.Task;
    }

    /// <summary>The values for <paramref name="keys"/>, in the same order.</summary>
    public async Task<IReadOnlyList<TValue?>> LoadManyAsync(IEnumerable<TKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return await Task.WhenAll(keys.Select(LoadAsync).ToList()).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    async Task IBatchLoader.DispatchAsync(CancellationToken cancellationToken)
    {
        List<KeyValuePair<TKey, TaskCompletionSource<TValue?>>> batch;
        lock (_loads)
        {
            batch = _queue;
            _queue = [];
        }

        if (batch.Count == 0)
        {
            return;
        }

        if (batch.Count <= _options.MaxBatchSize)
        {
            await LoadBatchAsync(batch, cancellationToken).ConfigureAwait(false);
            return;
        }

        await Task.WhenAll(batch.Chunk(_options.MaxBatchSize).Select(chunk => LoadBatchAsync(chunk, cancellationToken))).ConfigureAwait(false);
    }

    private async Task LoadBatchAsync(IReadOnlyList<KeyValuePair<TKey, TaskCompletionSource<TValue?>>> batch, CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<TKey, TValue> values;
        try
        {
            var keys = new TKey[batch.Count];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = batch[i].Key;
            }

            values = await _batchLoad(keys, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("The batch function returned null instead of a dictionary of values.");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            foreach (var (_, pending) in batch)
            {
                pending.TrySetCanceled(cancellationToken);
            }

            return;
        }
        catch (Exception exception)
        {
            foreach (var (_, pending) in batch)
            {
                pending.TrySetException(exception);
            }

            return;
        }

        foreach (var (key, pending) in batch)
        {
            pending.TrySetResult(values.TryGetValue(key, out var value) ? value : default);
        }
    }
}
