namespace KnowledgeGraph.GraphQL.DataLoader;

/// <summary>How a <see cref="DataLoader{TKey, TValue}"/> batches.</summary>
public sealed record DataLoaderOptions
{
    /// <summary>The defaults: batches of at most 1,000 keys.</summary>
    public static DataLoaderOptions Default { get; } = new();

    /// <summary>
    /// Most keys given to one call of the batch function; more keys are split into several calls
    /// made together. Default 1,000, which keeps a batch within the bound-parameter limits of common stores.
    /// </summary>
    public int MaxBatchSize { get; init; } = 1_000;
}
