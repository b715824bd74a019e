using KnowledgeGraph.Ingestion;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// Whether the in-process ingestion has filled the graph yet. The host is not ready until the
/// first run has ended: a load balancer must not route to an empty graph. A run that failed
/// before any succeeded keeps it unhealthy, with the reason; once a run has succeeded, later
/// failures leave the last good graph in place and the host stays ready.
/// </summary>
internal sealed class IngestionStatus : IHealthCheck, IIngestionRunListener
{
    private readonly TaskCompletionSource<IngestionReport> _firstRun = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _gate = new();
    private HealthCheckResult _result = HealthCheckResult.Unhealthy("the first ingestion of the seed folder has not finished yet");
    private bool _succeededOnce;

    /// <summary>Completes with the report of the first run, whatever its outcome.</summary>
    public Task<IngestionReport> FirstRun => _firstRun.Task;

    /// <summary>Takes note of a finished run.</summary>
    public void Ingested(IngestionReport report)
    {
        lock (_gate)
        {
            if (report.Succeeded)
            {
                _succeededOnce = true;
                _result = HealthCheckResult.Healthy($"ingested {report.Folder}");
            }
            else if (!_succeededOnce)
            {
                _result = HealthCheckResult.Unhealthy($"ingesting {report.Folder} failed: {Reason(report)}");
            }
        }

        _firstRun.TrySetResult(report);
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_result);
        }
    }

    private static string Reason(IngestionReport report) =>
        report.Outcome == IngestionOutcome.Invalid
            ? $"{report.Errors.Count} errors in the fact files, the first: {report.Errors[0]}"
            : report.Failure ?? report.Outcome.ToString();
}
