using System.Text.Json;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Neo4j.Cypher;
using KnowledgeGraph.Storage.Neo4j.Http;
using KnowledgeGraph.Storage.Neo4j.Tests.Fakes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Recordings;

/// <summary>
/// Replays what a real Neo4j 5.26 answered (see <see cref="RecordedExchange"/>) to the store's
/// readers and runners: every recorded body must read, whole numbers as longs, and every
/// recorded error must be classified by its code, whatever the HTTP status it came with.
/// </summary>
public sealed class RecordedServerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("transactional")]
    [InlineData("query")]
    public void Every_recorded_answer_reads_and_every_whole_number_in_it_comes_back_as_a_long(string api)
    {
        Assert.SkipWhen(RecordedExchange.SkipReason(api) is not null, RecordedExchange.SkipReason(api) ?? string.Empty);
        var answers = 0;
        var mismatches = new List<string>();

        foreach (var exchange in RecordedExchange.Read(api).Where(e => e.HasWholeResponse))
        {
            using var document = JsonDocument.Parse(exchange.Response);
            foreach (var (raw, read) in RowsOf(api, exchange, document))
            {
                Compare(raw, read, $"{exchange.Method} {exchange.Path}", mismatches);
            }

            answers++;
        }

        answers.Should().BeGreaterThan(100, "the recordings hold thousands of answers");
        mismatches.Should().BeEmpty();
    }

    [Fact]
    public void The_transactional_recordings_hold_whole_numbers_so_the_check_above_reads_some()
    {
        Assert.SkipWhen(RecordedExchange.SkipReason("transactional") is not null, RecordedExchange.SkipReason("transactional") ?? string.Empty);

        var counts = RecordedExchange.Read("transactional")
            .Where(e => e.HasWholeResponse && e.Request.Contains("count(s)", StringComparison.Ordinal))
            .Select(e => ReadTransactional(e).Results[2].Rows.Single().Single())
            .ToList();

        counts.Should().NotBeEmpty().And.AllBeOfType<long>();
    }

    [Fact]
    public async Task Every_recorded_error_is_classified_by_its_code_and_a_client_error_is_not_retried()
    {
        string[] apis = ["transactional", "query"];
        var skipReason = apis.Select(RecordedExchange.SkipReason).FirstOrDefault(r => r is not null);
        Assert.SkipWhen(skipReason is not null, skipReason ?? string.Empty);
        var errors = apis
            .SelectMany(api => RecordedExchange.Read(api).Select(exchange => (Api: api, Exchange: exchange)))
            .Where(e => e.Exchange.HasWholeResponse && e.Exchange.Response.Contains("\"errors\":[{", StringComparison.Ordinal))
            .DistinctBy(e => (e.Api, e.Exchange.Status, e.Exchange.Response))
            .ToList();

        errors.Should().NotBeEmpty("the Query API run recorded the refused commits");
        foreach (var (api, exchange) in errors)
        {
            await ReplayErrorAsync(api == "query" ? Neo4jApi.Query : Neo4jApi.Transactional, exchange);
        }
    }

    private static async Task ReplayErrorAsync(Neo4jApi api, RecordedExchange exchange)
    {
        string code;
        using (var document = JsonDocument.Parse(exchange.Response))
        {
            code = CypherJson.Errors(document.RootElement)[0].Code;
        }

        await using var server = await FakeNeo4jServer.StartAsync(Replay(exchange));
        using var http = new HttpClient();
        var runner = TestRunners.Resilient(TestRunners.Options(server.Uri, api: api), new FakeTimeProvider(), http);

        var run = () => runner.RunAsync([TestRunners.Statement("replay the recorded answer")], AccessMode.Read, Ct);

        var thrown = await run.Should().ThrowAsync<GraphStoreException>();
        thrown.Which.Message.Should().Contain(code);
        thrown.Which.IsTransient.Should().Be(code.StartsWith("Neo.TransientError.", StringComparison.Ordinal), code);
        if (!thrown.Which.IsTransient)
        {
            server.Received.Should().HaveCount(1, $"{code} with HTTP {exchange.Status} is not worth trying again");
        }
    }

    [Fact]
    public async Task The_recorded_answer_to_the_stats_statements_counts_as_the_server_counted()
    {
        Assert.SkipWhen(RecordedExchange.SkipReason("transactional") is not null, RecordedExchange.SkipReason("transactional") ?? string.Empty);
        var exchange = RecordedExchange.Read("transactional")
            .First(e => e.HasWholeResponse && e.Request.Contains("count(s)", StringComparison.Ordinal) && e.Response.Contains("\"row\":[\"", StringComparison.Ordinal));
        var recorded = ReadTransactional(exchange).Results;
        await using var server = await FakeNeo4jServer.StartAsync(Replay(exchange));
        using var http = new HttpClient();
        using var store = Neo4jGraphStoreFactory.Create(
            TestRunners.Options(server.Uri), http, new FakeTimeProvider(), () => 0.5, Core.Schema.GraphSchema.Default, ownsHttpClient: false);

        var stats = await store.GetStatsAsync(Ct);

        stats.Entities.Should().Be(recorded[0].Rows.Sum(r => (int)(long)r[1]!)).And.BePositive();
        stats.Relationships.Should().Be(recorded[1].Rows.Sum(r => (int)(long)r[1]!));
        stats.Sources.Should().Be((int)(long)recorded[2].Rows.Single().Single()!);
        stats.ByEntityType.Select(c => c.Type).Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    private static TransactionResponse ReadTransactional(RecordedExchange exchange)
    {
        using var document = JsonDocument.Parse(exchange.Response);
        return TransactionJson.ReadResponse(document);
    }

    /// <summary>Answers every request with the recorded status, content type and body.</summary>
    private static Func<HttpContext, Task> Replay(RecordedExchange exchange) => async context =>
    {
        context.Response.StatusCode = exchange.Status;
        context.Response.ContentType = exchange.ResponseHeaders.GetValueOrDefault("Content-Type");
        await context.Response.WriteAsync(exchange.Response, context.RequestAborted);
    };

    /// <summary>Each row's raw JSON values beside what the API's reader made of them.</summary>
    private static IEnumerable<(JsonElement Raw, IReadOnlyList<object?> Read)> RowsOf(string api, RecordedExchange exchange, JsonDocument document)
    {
        var root = document.RootElement;
        if (api == "transactional")
        {
            var results = TransactionJson.ReadResponse(document).Results;
            return CypherJson.Array(root, "results")
                .SelectMany((result, i) => CypherJson.Array(result, "data").Select((data, j) => (data.GetProperty("row"), results[i].Rows[j])));
        }

        var expectsRows = exchange.Method == "POST" && !exchange.Path.EndsWith("/commit", StringComparison.Ordinal) && exchange.Status < 400;
        var read = QueryJson.ReadResponse(document, affinity: null, expectsRows).Result.Rows;
        return root.TryGetProperty("data", out var data)
            ? CypherJson.Array(data, "values").Select((row, j) => (row, read[j]))
            : [];
    }

    /// <summary>Compares a raw row with what was read from it, value by value; returns how many values it compared.</summary>
    private static int Compare(JsonElement raw, IReadOnlyList<object?> read, string where, List<string> mismatches)
    {
        var rawValues = raw.EnumerateArray().ToList();
        return rawValues.Select((value, i) => CompareValue(value, read[i], where, mismatches)).Sum();
    }

    private static int CompareValue(JsonElement raw, object? read, string where, List<string> mismatches)
    {
        switch (raw.ValueKind)
        {
            case JsonValueKind.Number:
                var expected = raw.TryGetInt64(out var whole) ? (object)whole : raw.GetDouble();
                if (!Equals(expected, read))
                {
                    mismatches.Add($"{where}: {raw.GetRawText()} read as {read} ({read?.GetType().Name})");
                }

                return 1;
            case JsonValueKind.Array:
                return read is IReadOnlyList<object?> list && list.Count == raw.GetArrayLength()
                    ? Compare(raw, list, where, mismatches)
                    : Mismatch(raw, read, where, mismatches);
            default:
                return 1;
        }
    }

    private static int Mismatch(JsonElement raw, object? read, string where, List<string> mismatches)
    {
        mismatches.Add($"{where}: {raw.GetRawText()} read as {read?.GetType().Name ?? "null"}");
        return 1;
    }
}
