namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// Per-client rate limiting: each client may make <see cref="PermitLimit"/> requests per
/// fixed window of <see cref="WindowSeconds"/>; beyond that it gets 429 with
/// <c>Retry-After</c> (seconds until the window resets). A client is its IP address, taken
/// from <c>X-Forwarded-For</c> only when the request comes through a proxy listed in
/// <see cref="ProxyOptions"/>. Health probes are never limited. Bound from the
/// <c>RateLimiting</c> configuration section; environment variables:
/// <c>RateLimiting__PermitLimit</c>, <c>RateLimiting__WindowSeconds</c>, <c>RateLimiting__Enabled</c>.
/// </summary>
public sealed class RateLimitOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string Section = "RateLimiting";

    /// <summary>Whether requests are limited at all. Default: true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The requests one client may make per window, at least 1. Default: 120.</summary>
    public int PermitLimit { get; set; } = 120;

    /// <summary>The length of a window in seconds, at least 1. Default: 60.</summary>
    public int WindowSeconds { get; set; } = 60;
}
