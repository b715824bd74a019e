namespace KnowledgeGraph.GraphQL.DataLoader;

/// <summary>A loader as its <see cref="DataLoaderScope"/> sees it: something with queued keys to send off.</summary>
internal interface IBatchLoader
{
    /// <summary>Calls the batch function for every key queued so far and completes their loads.</summary>
    Task DispatchAsync(CancellationToken cancellationToken);
}
