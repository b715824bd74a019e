using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeGraph.Api.Apis;

/// <summary>Liveness and readiness probes for orchestrators and load balancers; never rate limited, so that a busy client cannot get an instance restarted.</summary>
internal static class HealthApi
{
    public const string ReadyTag = "ready";

    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).DisableRateLimiting();
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteStatusAndReasons })
            .DisableRateLimiting();
        return endpoints;
    }

    /// <summary>The overall status, and when it is not healthy one line per failing check saying why, so that an operator sees the cause in the probe itself.</summary>
    private static Task WriteStatusAndReasons(HttpContext context, HealthReport report)
    {
        var reasons = report.Entries
            .Where(entry => entry.Value.Status != HealthStatus.Healthy)
            .Select(entry => $"\n{entry.Key}: {entry.Value.Description}");
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(report.Status + string.Concat(reasons), context.RequestAborted);
    }
}
