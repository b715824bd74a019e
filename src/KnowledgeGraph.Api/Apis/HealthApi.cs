using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace KnowledgeGraph.Api.Apis;

/// <summary>Liveness and readiness probes for orchestrators and load balancers; never rate limited, so that a busy client cannot get an instance restarted.</summary>
internal static class HealthApi
{
    public const string ReadyTag = "ready";

    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).DisableRateLimiting();
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) }).DisableRateLimiting();
        return endpoints;
    }
}
