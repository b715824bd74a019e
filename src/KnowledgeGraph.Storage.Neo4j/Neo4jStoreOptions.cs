namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// Where the Neo4j store finds its server and how hard it tries when the server falters.
/// Every setting has a default except <see cref="Uri"/>.
/// </summary>
public sealed class Neo4jStoreOptions
{
    /// <summary>
    /// The HTTP(S) base address of the server, e.g. <c>http://localhost:7474</c> or, for Aura,
    /// <c>https://xxxxxxxx.databases.neo4j.io</c>. Credentials written into the address are
    /// ignored (and never shown): give them in <see cref="User"/> and <see cref="Password"/>.
    /// </summary>
    public required Uri Uri { get; init; }

    /// <summary>The user to authenticate as. Default: <c>neo4j</c>.</summary>
    public string User { get; init; } = "neo4j";

    /// <summary>The user's password, or null when the server runs without authentication. Never shown in messages.</summary>
    public string? Password { get; init; }

    /// <summary>The database to use. Default: <c>neo4j</c>.</summary>
    public string Database { get; init; } = "neo4j";

    /// <summary>
    /// The HTTP API to speak, or null to choose by address: <see cref="Neo4jApi.Query"/> for an
    /// Aura address (<c>*.databases.neo4j.io</c>), which serves no other, and
    /// <see cref="Neo4jApi.Transactional"/> for any other server. Default: null.
    /// </summary>
    public Neo4jApi? Api { get; init; }

    /// <summary>How long one attempt of a unit of work may take before it is abandoned and counted as a transient failure. Default: 30 seconds.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How many times a unit of work that failed transiently is tried again; 0 turns retries off. Default: 4.</summary>
    public int MaxRetryAttempts { get; init; } = 4;

    /// <summary>The delay before the first retry; later retries double it, with jitter. Default: 200 milliseconds.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest delay between two attempts. Default: 5 seconds.</summary>
    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The share of failed attempts within <see cref="BreakerSamplingDuration"/> that opens the circuit. Default: 0.5.</summary>
    public double BreakerFailureRatio { get; init; } = 0.5;

    /// <summary>How many attempts the breaker must see within <see cref="BreakerSamplingDuration"/> before it may open. Default: 10.</summary>
    public int BreakerMinimumThroughput { get; init; } = 10;

    /// <summary>The window over which the breaker counts failures. Default: 30 seconds.</summary>
    public TimeSpan BreakerSamplingDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit refuses calls before it lets one through to test the server. Default: 30 seconds.</summary>
    public TimeSpan BreakerDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How many rows one <c>UNWIND</c> statement writes. Default: 1,000.</summary>
    public int BatchSize { get; init; } = 1000;

    /// <summary>
    /// The largest write sent as one <c>tx/commit</c> request of the transactional API, in bytes
    /// of JSON. A larger change set runs as an explicit transaction over several requests, which
    /// a cluster pins to one member (see the README). The Query API sends one statement per
    /// request and ignores it. Default: 8 MiB.
    /// </summary>
    public int MaxRequestBytes { get; init; } = 8 * 1024 * 1024;

    /// <summary>The API spoken: <see cref="Api"/>, or the one the address calls for when it is null.</summary>
    internal Neo4jApi ResolvedApi => Api ?? (IsAuraAddress(Uri) ? Neo4jApi.Query : Neo4jApi.Transactional);

    /// <summary>Checks every setting, naming the first that is out of range.</summary>
    /// <exception cref="ArgumentException">A setting is missing or out of range.</exception>
    public void Validate()
    {
        Require(Uri.IsAbsoluteUri && (Uri.Scheme == System.Uri.UriSchemeHttp || Uri.Scheme == System.Uri.UriSchemeHttps),
            nameof(Uri), $"must be an http:// or https:// address of Neo4j's HTTP API, not '{Neo4jRedaction.Uri(Uri)}'"
            + " (a Bolt address such as neo4j+s://host becomes https://host for Aura, or http://host:7474 for a server)");
        Require(!string.IsNullOrWhiteSpace(User), nameof(User), "must not be empty");
        Require(IsDatabaseName(Database), nameof(Database), $"'{Database}' is not a database name (letters, digits, dots, dashes and underscores)");
        Require(Api is null || Enum.IsDefined(Api.Value), nameof(Api), $"must be {Neo4jApi.Transactional}, {Neo4jApi.Query} or null (chosen by address), not {Api}");
        Require(AttemptTimeout > TimeSpan.Zero, nameof(AttemptTimeout), "must be positive");
        Require(MaxRetryAttempts is >= 0 and <= 100, nameof(MaxRetryAttempts), "must be 0 to 100");
        Require(RetryBaseDelay >= TimeSpan.Zero && RetryMaxDelay >= RetryBaseDelay, nameof(RetryMaxDelay), "must be at least RetryBaseDelay, which must not be negative");
        Require(BreakerFailureRatio is > 0 and <= 1, nameof(BreakerFailureRatio), "must be above 0 and at most 1");
        Require(BreakerMinimumThroughput >= 2, nameof(BreakerMinimumThroughput), "must be at least 2");
        Require(BreakerSamplingDuration >= TimeSpan.FromMilliseconds(500), nameof(BreakerSamplingDuration), "must be at least 500 ms");
        Require(BreakerDuration >= TimeSpan.FromMilliseconds(500), nameof(BreakerDuration), "must be at least 500 ms");
        Require(BatchSize >= 1, nameof(BatchSize), "must be at least 1");
        Require(MaxRequestBytes >= 1024, nameof(MaxRequestBytes), "must be at least 1024");
    }

    private static bool IsAuraAddress(Uri uri) =>
        uri.IsAbsoluteUri && uri.Host.EndsWith(".databases.neo4j.io", StringComparison.OrdinalIgnoreCase);

    private static bool IsDatabaseName(string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_');

    private static void Require(bool condition, string setting, string problem)
    {
        if (!condition)
        {
            throw new ArgumentException($"Neo4j store option {setting} {problem}.", setting);
        }
    }
}
