using KnowledgeGraph.Ingestion;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>The ingestion pipeline, telling <see cref="IngestionStatus"/> how each run ended.</summary>
internal sealed class StatusRecordingIngestionPipeline(IIngestionPipeline inner, IngestionStatus status) : IIngestionPipeline
{
    public async Task<IngestionReport> IngestAsync(string folder, CancellationToken cancellationToken)
    {
        IngestionReport report;
        try
        {
            report = await inner.IngestAsync(folder, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            status.Record(new IngestionReport(folder, 0, IngestionOutcome.Failed, [], [], $"ingestion crashed: {e.Message}"));
            throw;
        }

        status.Record(report);
        return report;
    }
}
