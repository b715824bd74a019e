using KnowledgeGraph.Core.Storage;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Ingestion;

/// <inheritdoc cref="IIngestionPipeline"/>
internal sealed class IngestionPipeline(FactFolder facts, IGraphStore store, IOptions<IngestionOptions> options) : IIngestionPipeline
{
    /// <summary>Who this run is, for whoever waits in vain for the writer lease.</summary>
    private static readonly string Holder = $"ingestion on {Environment.MachineName}, process {Environment.ProcessId}";

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
            await using var lease = await store.AcquireWriterLeaseAsync(Holder, options.Value.WriterLeaseWait, cancellationToken);
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
