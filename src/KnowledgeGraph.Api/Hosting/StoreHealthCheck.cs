using KnowledgeGraph.Core.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// Ready when the store answers: a store that can probe its reachability is probed (a query
/// over data can fail for reasons that say nothing about reachability), any other answers a
/// cheap read.
/// </summary>
internal sealed class StoreHealthCheck(IGraphStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await (store is IGraphStoreProbe probe ? probe.ProbeAsync(cancellationToken) : store.GetStatsAsync(cancellationToken));
            return HealthCheckResult.Healthy();
        }
        catch (GraphStoreException e)
        {
            return HealthCheckResult.Unhealthy("the graph store does not answer", e);
        }
    }
}
