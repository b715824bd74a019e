namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// The reverse proxies (load balancers, ingress) whose <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c> headers are believed, so that logs and rate limits see the real
/// client. Headers from anyone else are ignored: a client cannot choose its own rate-limit
/// bucket. One proxy hop is read. Bound from the <c>Proxy</c> configuration section;
/// environment variables: <c>Proxy__KnownProxies__0=10.0.0.5</c>, <c>Proxy__KnownNetworks__0=10.0.0.0/8</c>.
/// </summary>
public sealed class ProxyOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string Section = "Proxy";

    /// <summary>IP addresses of trusted proxies, e.g. <c>10.0.0.5</c>. Default: none.</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Networks of trusted proxies in CIDR notation, e.g. <c>10.0.0.0/8</c>. Default: none.</summary>
    public IList<string> KnownNetworks { get; } = [];

    /// <summary>True when any proxy is trusted, which turns forwarded headers on.</summary>
    public bool TrustsAnyProxy => KnownProxies.Count + KnownNetworks.Count > 0;
}
