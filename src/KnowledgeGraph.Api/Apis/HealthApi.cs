using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeGraph.Api.Apis;

/// <summary>
/// Liveness and readiness probes for orchestrators and load balancers; never rate limited, so
/// that a busy client cannot get an instance restarted. Anyone may call them, so they answer
/// only the overall status. Why a check fails (the seed folder's path, a fact file's error, the
/// store's address) is for operators: the health check service logs each failing check with
/// its reason and exception, at Error, under <see cref="LogCategory"/>.
/// </summary>
internal static class HealthApi
{
    public const string ReadyTag = "ready";

    /// <summary>The log category of the health check service, which reports every check that is not healthy.</summary>
    public const string LogCategory = "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService";

    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", Probe(_ => false)).DisableRateLimiting();
        endpoints.MapHealthChecks("/health/ready", Probe(check => check.Tags.Contains(ReadyTag))).DisableRateLimiting();
        return endpoints;
    }

    private static HealthCheckOptions Probe(Func<HealthCheckRegistration, bool> predicate) =>
        new() { Predicate = predicate, ResponseWriter = WriteStatusAsync };

    /// <summary>The overall status alone: <c>Healthy</c>, <c>Degraded</c> or <c>Unhealthy</c>.</summary>
    private static Task WriteStatusAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(report.Status.ToString(), context.RequestAborted);
    }
}
