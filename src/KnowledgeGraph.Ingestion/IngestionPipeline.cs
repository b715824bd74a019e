using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Ingestion;

/// <inheritdoc cref="IIngestionPipeline"/>
internal sealed class IngestionPipeline(FactFolder facts, IGraphStore store) : IIngestionPipeline
{
    public async Task<IngestionReport> IngestAsync(string folder, CancellationToken cancellationToken)
    {
        var content = facts.Load(folder, cancellationToken);
        if (content.Validation is not { } validation)
        {
            return new IngestionReport(folder, content.FileCount, IngestionOutcome.Failed, [], [], content.Failure);
        }

        if (!validation.IsValid)
        {
            return new IngestionReport(folder, content.FileCount, IngestionOutcome.Invalid, [], validation.Errors, Failure: null);
        }

        try
        {
            await store.InitializeAsync(cancellationToken);
            var diff = SnapshotDiff.Between(validation.Facts, await store.ReadSnapshotAsync(cancellationToken));
            if (!diff.Changes.IsEmpty)
            {
                await store.ApplyAsync(diff.Changes, cancellationToken);
            }

            var outcome = diff.Changes.IsEmpty ? IngestionOutcome.Unchanged : IngestionOutcome.Applied;
            return new IngestionReport(folder, content.FileCount, outcome, diff.Counts, [], Failure: null);
        }
        catch (GraphStoreException e)
        {
            var retry = e.IsTransient ? " It may succeed if run again." : string.Empty;
            return new IngestionReport(folder, content.FileCount, IngestionOutcome.Failed, [], [],
                $"the store failed, and nothing was written: {e.Message}.{retry}");
        }
    }
}
