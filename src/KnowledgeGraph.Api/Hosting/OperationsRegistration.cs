using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using KnowledgeGraph.Api.Apis;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.HttpLogging;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// What the host needs to run in front of real users: request logs, problem details for
/// every error, forwarded headers from trusted proxies, CORS and per-client rate limits
/// (<see cref="RateLimitOptions"/>).
/// Log format is configuration only: <c>Logging:Console:FormatterName</c> is <c>simple</c>
/// (lines for people, the default in appsettings.json) or <c>json</c> (structured, set by the
/// container image); request logs are written
/// at Information by <c>Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware</c>.
/// </summary>
internal static class OperationsRegistration
{
    public static void AddApiOperations(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<IValidateOptions<CrossOriginOptions>, OperationsOptionsValidator>();
        services.AddSingleton<IValidateOptions<RateLimitOptions>, OperationsOptionsValidator>();
        services.AddSingleton<IValidateOptions<ProxyOptions>, OperationsOptionsValidator>();
        services.AddOptions<CrossOriginOptions>().Bind(builder.Configuration.GetSection(CrossOriginOptions.Section));
        // The section's keys changed (a fixed window's PermitLimit and WindowSeconds are gone): a
        // key it no longer knows, or a misspelt one, must stop the host rather than pass unnoticed.
        services.AddOptions<RateLimitOptions>().Bind(builder.Configuration.GetSection(RateLimitOptions.Section), binder => binder.ErrorOnUnknownConfiguration = true);
        services.AddOptions<ProxyOptions>().Bind(builder.Configuration.GetSection(ProxyOptions.Section));

        services.AddProblemDetails();
        services.AddHttpLogging(logging =>
        {
            logging.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath | HttpLoggingFields.RequestQuery
                | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
            logging.CombineLogs = true;
        });
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxies) => TrustProxies(forwarded, proxies.Value));
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<CrossOriginOptions>>((cors, origins) => cors.AddDefaultPolicy(policy => AllowOrigins(policy, origins.Value)));
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, limits) => LimitPerClient(limiter, limits.Value));
    }

    /// <summary>
    /// The middleware, in order: the client's address first, so that logs and limits see it;
    /// CORS before limits, so that browsers can read a 429. Reading the options here validates
    /// them, so a misconfigured host stops before it ever listens.
    /// </summary>
    /// <exception cref="OptionsValidationException">A setting is invalid; the message names its key and value.</exception>
    public static void UseApiOperations(this WebApplication app)
    {
        var proxies = app.Services.GetRequiredService<IOptions<ProxyOptions>>().Value;
        var limits = app.Services.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        _ = app.Services.GetRequiredService<IOptions<CrossOriginOptions>>().Value;
        if (proxies.TrustsAnyProxy)
        {
            app.UseForwardedHeaders();
        }

        app.UseHttpLogging();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRouting();
        app.UseCors();
        if (limits.Enabled)
        {
            app.UseRateLimiter();
        }
    }

    private static void TrustProxies(ForwardedHeadersOptions forwarded, ProxyOptions proxies)
    {
        forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        forwarded.KnownProxies.Clear();
        forwarded.KnownIPNetworks.Clear();
        foreach (var proxy in proxies.KnownProxies)
        {
            forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (var network in proxies.KnownNetworks)
        {
            forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }
    }

    private static void AllowOrigins(CorsPolicyBuilder policy, CrossOriginOptions options) =>
        policy.WithOrigins([.. options.AllowedOrigins])
            .WithMethods(HttpMethods.Get, HttpMethods.Post)
            .AllowAnyHeader()
            .WithExposedHeaders(ExportApi.TruncatedHeader, "Content-Disposition", "Retry-After")
            .SetPreflightMaxAge(TimeSpan.FromSeconds(options.PreflightMaxAgeSeconds));

    private static void LimitPerClient(RateLimiterOptions limiter, RateLimitOptions limits)
    {
        var refill = TimeSpan.FromSeconds(1 / limits.TokensPerSecond);
        var bucket = new TokenBucketRateLimiterOptions { TokenLimit = limits.BurstLimit, TokensPerPeriod = 1, ReplenishmentPeriod = refill, QueueLimit = 0 };
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => ClientOf(context) is { } client
            ? RateLimitPartition.GetTokenBucketLimiter(client, _ => bucket)
            : RateLimitPartition.GetNoLimiter(string.Empty));
        limiter.OnRejected = (rejected, _) => RejectAsync(rejected, refill);

        // The partition of a request: its client's address, or null for an exempt loopback client.
        // The forwarded-headers middleware has already put a trusted proxy's client in RemoteIpAddress;
        // an X-Forwarded-For left on a loopback request comes from a local proxy nobody trusted, so
        // the request counts against that proxy rather than passing as the machine's own.
        string? ClientOf(HttpContext context)
        {
            var address = context.Connection.RemoteIpAddress is { IsIPv4MappedToIPv6: true } mapped ? mapped.MapToIPv4() : context.Connection.RemoteIpAddress;
            var exempt = address is not null && IPAddress.IsLoopback(address) && !limits.IncludeLoopback
                && !context.Request.Headers.ContainsKey(ForwardedHeadersDefaults.XForwardedForHeaderName);
            return exempt ? null : address?.ToString() ?? "unknown";
        }
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, TimeSpan refill)
    {
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : refill;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var context = rejected.HttpContext;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests.",
                Detail = $"This client has used its requests for now; retry after {seconds} seconds.",
            },
        });
    }
}
