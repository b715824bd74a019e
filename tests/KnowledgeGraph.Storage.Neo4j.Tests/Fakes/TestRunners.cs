using KnowledgeGraph.Storage.Neo4j.Cypher;
using Microsoft.Extensions.Time.Testing;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Fakes;

/// <summary>Runners and options wired to a fake server and a fake clock, with no real waiting anywhere.</summary>
internal static class TestRunners
{
    public const string Password = "Pa55-w0rd-SECRET-42";

    /// <summary>
    /// Options for <paramref name="server"/> speaking <paramref name="api"/>: no backoff delay, a
    /// breaker that never opens, unless <paramref name="adjust"/> says otherwise.
    /// </summary>
    public static Neo4jStoreOptions Options(Uri server, Func<Neo4jStoreOptions, Neo4jStoreOptions>? adjust = null, Neo4jApi api = Neo4jApi.Transactional)
    {
        var options = new Neo4jStoreOptions
        {
            Uri = server,
            Api = api,
            User = "neo4j",
            Password = Password,
            RetryBaseDelay = TimeSpan.Zero,
            RetryMaxDelay = TimeSpan.Zero,
            MaxRetryAttempts = 3,
            AttemptTimeout = TimeSpan.FromMinutes(10),
            BreakerMinimumThroughput = 1000,
        };
        return adjust is null ? options : adjust(options);
    }

    public static ICypherRunner Resilient(Neo4jStoreOptions options, FakeTimeProvider clock, HttpClient http) =>
        Neo4jGraphStoreFactory.CreateRunner(options, http, clock, () => 0.5);

    public static CypherStatement Statement(string purpose = "read the test rows", string text = "RETURN $x", object? x = null) =>
        new(purpose, text, new Dictionary<string, object?> { ["x"] = x ?? "value" });
}
