using KnowledgeGraph.Core.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>Ready when the store answers a cheap read.</summary>
internal sealed class StoreHealthCheck(IGraphStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.GetStatsAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (GraphStoreException e)
        {
            return HealthCheckResult.Unhealthy("the graph store does not answer", e);
        }
    }
}
