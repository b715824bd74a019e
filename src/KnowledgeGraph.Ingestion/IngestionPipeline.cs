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
        if (await UnchangedSinceLastRunAsync(folder, cancellationToken) is { } unchanged)
        {
            return unchanged;
        }

        var content = facts.Load(folder, options.Value.ArticlesFolder, cancellationToken);
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
            if (!diff.Changes.IsEmpty || await store.ReadFactsContentHashAsync(cancellationToken) != content.ContentHash)
            {
                await store.ApplyAsync(diff.Changes with { FactsContentHash = content.ContentHash }, cancellationToken);
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

    public async Task<FolderStanding> CompareAsync(string folder, CancellationToken cancellationToken)
    {
        if (FactFolder.ContentHash(folder, cancellationToken) is { } files && await store.ReadFactsContentHashAsync(cancellationToken) == files.Hash)
        {
            return FolderStanding.UpToDate;
        }

        var stats = await store.GetStatsAsync(cancellationToken);
        return stats.Entities + stats.Sources == 0 ? FolderStanding.StoreEmpty : FolderStanding.Differs;
    }

    /// <summary>
    /// The report of a run over files whose content hash the store already holds: it reads
    /// and parses nothing more, whatever the size of the graph. Null to run in full, also when
    /// the store cannot say (a new file, an older schema, a failure), since the full run then
    /// reports the files' errors before the store's.
    /// </summary>
    private async Task<IngestionReport?> UnchangedSinceLastRunAsync(string folder, CancellationToken cancellationToken)
    {
        if (FactFolder.ContentHash(folder, cancellationToken) is not { } files)
        {
            return null;
        }

        try
        {
            return await store.ReadFactsContentHashAsync(cancellationToken) == files.Hash
                ? new IngestionReport(folder, files.FileCount, IngestionOutcome.Unchanged, IngestionCount.AllUnchanged(await store.GetStatsAsync(cancellationToken)), [], Failure: null)
                : null;
        }
        catch (GraphStoreException)
        {
            return null;
        }
    }
}
