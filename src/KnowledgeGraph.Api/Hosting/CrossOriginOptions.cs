namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// Which browser origins may call the API (BI dashboards, notebooks served from another
/// host). Bound from the <c>Cors</c> configuration section; environment variables:
/// <c>Cors__AllowedOrigins__0=https://bi.example.org</c>, <c>Cors__AllowedOrigins__1=...</c>.
/// </summary>
/// <remarks>
/// Allowed origins may send GET and POST with any request header, without credentials, and
/// read the <c>X-Subgraph-Truncated</c>, <c>Content-Disposition</c> and <c>Retry-After</c>
/// response headers. Other origins get no CORS headers, so browsers refuse them.
/// </remarks>
public sealed class CrossOriginOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string Section = "Cors";

    /// <summary>
    /// The origins allowed, each a scheme, host and optional port such as
    /// <c>https://bi.example.org:8443</c>, or <c>*</c> for any origin. Default: none.
    /// </summary>
    public IList<string> AllowedOrigins { get; } = [];

    /// <summary>How long, in seconds, browsers may cache a preflight answer. Default: 600.</summary>
    public int PreflightMaxAgeSeconds { get; set; } = 600;
}
