namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// Per-client rate limiting, a token bucket per client: a client may send
/// <see cref="BurstLimit"/> requests at once, then <see cref="TokensPerSecond"/> a second as the
/// bucket refills; beyond that it gets 429 with <c>Retry-After</c> (seconds until a token is
/// back). A client is its IP address, taken from <c>X-Forwarded-For</c> only when the request
/// comes through a proxy listed in <see cref="ProxyOptions"/>. Clients on the same machine
/// (loopback: scripts, notebooks, a BI tool beside the API) are not limited unless
/// <see cref="IncludeLoopback"/> says so; a loopback request that still carries
/// <c>X-Forwarded-For</c> came through a proxy that is not trusted and is limited as that
/// proxy. Health probes are never limited. Bound from the <c>RateLimiting</c> configuration
/// section; a key the section does not know stops the host. Environment variables:
/// <c>RateLimiting__Enabled</c>, <c>RateLimiting__IncludeLoopback</c>,
/// <c>RateLimiting__BurstLimit</c>, <c>RateLimiting__TokensPerSecond</c>.
/// </summary>
public sealed class RateLimitOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string Section = "RateLimiting";

    /// <summary>The lowest <see cref="TokensPerSecond"/>: one request every 1000 seconds.</summary>
    public const double MinTokensPerSecond = 0.001;

    /// <summary>The highest <see cref="TokensPerSecond"/>; a host that needs more needs no limit.</summary>
    public const double MaxTokensPerSecond = 10_000;

    /// <summary>Whether requests are limited at all. Default: true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Whether loopback clients are limited like any other. Default: false.</summary>
    public bool IncludeLoopback { get; set; }

    /// <summary>The size of a client's bucket: the requests it may send at once, at least 1. Default: 200.</summary>
    public int BurstLimit { get; set; } = 200;

    /// <summary>How fast a client's bucket refills, in requests a second, from 0.001 to 10000. Default: 20.</summary>
    public double TokensPerSecond { get; set; } = 20;
}
