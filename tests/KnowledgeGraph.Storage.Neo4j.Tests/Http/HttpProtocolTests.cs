using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Neo4j.Cypher;
using KnowledgeGraph.Storage.Neo4j.Tests.Fakes;
using KnowledgeGraph.Testing;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Http;

public sealed class HttpProtocolTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new();
    private readonly HttpClient _http = new();
    private FakeNeo4jServer _server = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _server = await FakeNeo4jServer.StartAsync();

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Rows_come_back_as_plain_values_in_column_order()
    {
        _server.Then(Neo4jResponses.Results(null, [["陈金虎", 42L, true, null, new[] { "a", "b" }]]));
        var runner = Runner();

        var results = await runner.RunAsync([TestRunners.Statement()], AccessMode.Read, Ct);

        var row = results.Single().Rows.Single();
        row.Should().HaveCount(5);
        row[0].Should().Be("陈金虎");
        row[1].Should().Be(42L);
        row[2].Should().Be(true);
        row[3].Should().BeNull();
        row[4].Should().BeEquivalentTo(new object[] { "a", "b" });
    }

    [Fact]
    public async Task A_request_posts_the_statements_with_their_parameters_to_the_database_commit_endpoint()
    {
        var runner = Runner(o => new Neo4jStoreOptions { Uri = o.Uri, Password = o.Password, Database = "graph" });

        await runner.RunAsync([TestRunners.Statement(x: "常州")], AccessMode.Write, Ct);

        var request = _server.Received.Single();
        request.Method.Should().Be("POST");
        request.Path.Should().Be("/db/graph/tx/commit");
        request.Header("Authorization").Should().StartWith("Basic ");
        request.Statements.Should().Equal("RETURN $x");
        request.Body!["statements"]![0]!["parameters"]!["x"]!.GetValue<string>().Should().Be("常州");
    }

    [Fact]
    public async Task A_syntax_error_fails_fast_after_one_attempt_naming_the_statement_and_the_server_message()
    {
        _server.Then(Neo4jResponses.Error("Neo.ClientError.Statement.SyntaxError", "Invalid input 'RETRUN'"));
        var runner = Runner();

        var run = () => runner.RunAsync([TestRunners.Statement("read the test rows")], AccessMode.Read, Ct);

        var failure = await run.Should().ThrowAsync<GraphStoreException>();
        failure.Which.IsTransient.Should().BeFalse();
        failure.Which.Message.Should().Contain("refused to read the test rows")
            .And.Contain("Neo.ClientError.Statement.SyntaxError")
            .And.Contain("Invalid input 'RETRUN'");
        _server.Received.Should().HaveCount(1);
    }

    [Fact]
    public async Task The_failing_statement_is_the_one_after_those_that_returned_results()
    {
        _server.Then(async context =>
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(
                """{"results":[{"columns":[],"data":[]}],"errors":[{"code":"Neo.ClientError.Schema.ConstraintValidationFailed","message":"already exists"}]}""",
                Ct);
        });
        var runner = Runner();

        var run = () => runner.RunAsync([TestRunners.Statement("first step"), TestRunners.Statement("second step")], AccessMode.Write, Ct);

        (await run.Should().ThrowAsync<GraphStoreException>()).Which.Message.Should().Contain("refused to second step");
    }

    [Fact]
    public async Task A_database_error_is_not_transient()
    {
        _server.Then(Neo4jResponses.Error("Neo.DatabaseError.General.UnknownError", "disk on fire"));
        var runner = Runner();

        var run = () => runner.RunAsync([TestRunners.Statement()], AccessMode.Read, Ct);

        var failure = await run.Should().ThrowAsync<GraphStoreException>();
        failure.Which.IsTransient.Should().BeFalse();
        failure.Which.Message.Should().Contain("failed to read the test rows").And.Contain("disk on fire");
        _server.Received.Should().HaveCount(1);
    }

    public static TheoryData<string, Func<HttpContext, Task>> TransientFailures => new()
    {
        { "a deadlock", Neo4jResponses.Error("Neo.TransientError.Transaction.DeadlockDetected", "deadlock") },
        { "HTTP 503", Neo4jResponses.Status(503) },
        { "HTTP 429", Neo4jResponses.Status(429) },
        { "a dropped connection", Neo4jResponses.Dropped() },
    };

    [Theory]
    [MemberData(nameof(TransientFailures))]
    public async Task A_transient_failure_is_tried_again_and_then_succeeds(string failure, Func<HttpContext, Task> response)
    {
        _server.Then(response, Neo4jResponses.Results(null, [["ok"]]));
        var runner = Runner();

        var results = await runner.RunAsync([TestRunners.Statement()], AccessMode.Read, Ct);

        results.Single().Rows.Single().Should().Equal(["ok"], because: $"{failure} is transient");
        _server.Received.Should().HaveCount(2);
    }

    [Fact]
    public async Task Retries_stop_at_the_limit_with_a_transient_error_that_counts_the_attempts()
    {
        _server.Then(Enumerable.Repeat(Neo4jResponses.Status(503), 10).ToArray());
        var runner = Runner(o => new Neo4jStoreOptions { Uri = o.Uri, Password = o.Password, MaxRetryAttempts = 2, RetryBaseDelay = TimeSpan.Zero, RetryMaxDelay = TimeSpan.Zero });

        var run = () => runner.RunAsync([TestRunners.Statement()], AccessMode.Read, Ct);

        var failure = await run.Should().ThrowAsync<GraphStoreException>();
        failure.Which.IsTransient.Should().BeTrue();
        failure.Which.Message.Should().Contain("HTTP 503").And.Contain("gave up after 3 attempts");
        _server.Received.Should().HaveCount(3);
    }

    [Fact]
    public async Task A_retry_waits_for_a_capped_backoff_on_the_injected_clock()
    {
        _server.Then(Neo4jResponses.Status(503), Neo4jResponses.Results(null, [["ok"]]));
        var runner = Runner(o => new Neo4jStoreOptions
        {
            Uri = o.Uri, Password = o.Password, RetryBaseDelay = TimeSpan.FromSeconds(1), RetryMaxDelay = TimeSpan.FromSeconds(2), AttemptTimeout = TimeSpan.FromHours(1),
        });

        var run = runner.RunAsync([TestRunners.Statement()], AccessMode.Read, Ct);
        await _clock.WaitForTimerAsync(left => left < TimeSpan.FromHours(1), Ct);

        _clock.PendingTimers.Should().ContainSingle(left => left < TimeSpan.FromHours(1))
            .Which.Should().BePositive().And.BeLessThanOrEqualTo(TimeSpan.FromSeconds(2));
        _server.Received.Should().HaveCount(1);
        _clock.Advance(TimeSpan.FromSeconds(2));
        (await run).Single().Rows.Single().Should().Equal(["ok"]);
        _server.Received.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_slow_response_is_abandoned_when_the_attempt_times_out_and_then_tried_again()
    {
        _server.Then(Neo4jResponses.Silent(), Neo4jResponses.Results(null, [["ok"]]));
        var runner = Runner(o => new Neo4jStoreOptions
        {
            Uri = o.Uri, Password = o.Password, AttemptTimeout = TimeSpan.FromSeconds(10), RetryBaseDelay = TimeSpan.Zero, RetryMaxDelay = TimeSpan.Zero,
        });

        var run = runner.RunAsync([TestRunners.Statement()], AccessMode.Read, Ct);
        await _server.FirstRequest;
        _clock.Advance(TimeSpan.FromSeconds(10));

        (await run).Single().Rows.Single().Should().Equal(["ok"]);
        _server.Received.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_timeout_on_the_last_attempt_is_a_transient_error_naming_the_limit()
    {
        _server.Then(Neo4jResponses.Silent());
        var runner = Runner(o => new Neo4jStoreOptions { Uri = o.Uri, Password = o.Password, AttemptTimeout = TimeSpan.FromSeconds(10), MaxRetryAttempts = 0 });

        var run = runner.RunAsync([TestRunners.Statement()], AccessMode.Read, Ct);
        await _server.FirstRequest;
        _clock.Advance(TimeSpan.FromSeconds(10));

        var failure = await FluentActions.Awaiting(() => run).Should().ThrowAsync<GraphStoreException>();
        failure.Which.IsTransient.Should().BeTrue();
        failure.Which.Message.Should().Contain("did not answer within 10 s");
    }

    [Fact]
    public async Task The_circuit_opens_after_repeated_failures_and_lets_a_call_through_after_the_break()
    {
        _server.Then(Neo4jResponses.Status(503), Neo4jResponses.Status(503), Neo4jResponses.Results(null, [["ok"]]));
        var runner = Runner(o => new Neo4jStoreOptions
        {
            Uri = o.Uri, Password = o.Password, MaxRetryAttempts = 0, BreakerMinimumThroughput = 2, BreakerFailureRatio = 0.5, BreakerDuration = TimeSpan.FromSeconds(30),
        });
        var run = () => runner.RunAsync([TestRunners.Statement()], AccessMode.Read, Ct);
        await run.Should().ThrowAsync<GraphStoreException>();
        await run.Should().ThrowAsync<GraphStoreException>();

        var whileOpen = await run.Should().ThrowAsync<GraphStoreException>();
        _clock.Advance(TimeSpan.FromSeconds(30));
        var afterBreak = await run();

        whileOpen.Which.IsTransient.Should().BeTrue();
        whileOpen.Which.Message.Should().Contain("paused");
        afterBreak.Single().Rows.Single().Should().Equal(["ok"]);
        _server.Received.Should().HaveCount(3, "the open circuit kept the third call from the server");
    }

    [Fact]
    public async Task Reads_are_marked_read_only_and_writes_are_not()
    {
        var runner = Runner();

        await runner.RunAsync([TestRunners.Statement()], AccessMode.Read, Ct);
        await runner.RunAsync([TestRunners.Statement()], AccessMode.Write, Ct);

        _server.Received.Select(r => r.Header("Access-Mode")).Should().Equal("READ", null);
    }

    [Fact]
    public async Task The_bookmark_of_a_write_is_sent_with_the_reads_after_it()
    {
        _server.Then(Neo4jResponses.Results(null, []), Neo4jResponses.Results("FB:write-1", []), Neo4jResponses.Results(null, []));
        var runner = Runner();

        await runner.RunAsync([TestRunners.Statement()], AccessMode.Read, Ct);
        await runner.RunAsync([TestRunners.Statement()], AccessMode.Write, Ct);
        await runner.RunAsync([TestRunners.Statement()], AccessMode.Read, Ct);

        _server.Received.Select(r => r.Header("Bookmarks")).Should().Equal(null, null, """["FB:write-1"]""");
    }

    [Fact]
    public async Task The_store_reads_what_it_wrote_on_any_member_by_sending_the_bookmark_of_its_write()
    {
        _server.Then(Neo4jResponses.Results("FB:after-source", []), Neo4jResponses.Results(null, [["source:a", "标题", null, "2024-10", null]]));
        using var store = Neo4jGraphStoreFactory.Create(
            TestRunners.Options(_server.Uri), _http, _clock, () => 0.5, Core.Schema.GraphSchema.Default, ownsHttpClient: false);

        await store.ApplyAsync(new GraphChangeSet { UpsertSources = [new Core.Model.Source("source:a", "标题")] }, Ct);
        var sources = await store.GetSourcesAsync(null, Ct);

        sources.Single().PublishedOn.Should().Be(Core.Model.PartialDate.Parse("2024-10"));
        _server.Received.Select(r => (r.Header("Access-Mode"), r.Header("Bookmarks"))).Should().Equal(
            (null, null), ("READ", """["FB:after-source"]"""));
    }

    [Fact]
    public async Task A_write_too_big_for_one_request_runs_as_an_explicit_transaction_in_parts()
    {
        _server.Then(Neo4jResponses.Opened(7, results: 1), Neo4jResponses.Results(null, []), Neo4jResponses.Results("FB:big", []));
        var runner = Runner(o => new Neo4jStoreOptions { Uri = o.Uri, Password = o.Password, MaxRequestBytes = 1024 });
        var big = new string('字', 400);

        await runner.RunAsync([TestRunners.Statement("part one", x: big), TestRunners.Statement("part two", x: big)], AccessMode.Write, Ct);

        _server.Received.Select(r => (r.Method, r.Path)).Should().Equal(("POST", "/db/neo4j/tx"), ("POST", "/db/neo4j/tx/7/commit"));
    }

    [Fact]
    public async Task An_explicit_transaction_that_fails_on_the_way_is_rolled_back()
    {
        _server.Then(Neo4jResponses.Opened(7, results: 1), Neo4jResponses.Status(400), Neo4jResponses.Results());
        var runner = Runner(o => new Neo4jStoreOptions { Uri = o.Uri, Password = o.Password, MaxRequestBytes = 1024 });
        var big = new string('字', 400);

        var run = () => runner.RunAsync(
            [TestRunners.Statement("part one", x: big), TestRunners.Statement("part two", x: big), TestRunners.Statement("part three", x: big)], AccessMode.Write, Ct);

        (await run.Should().ThrowAsync<GraphStoreException>()).Which.IsTransient.Should().BeFalse();
        _server.Received.Select(r => (r.Method, r.Path)).Should().Equal(
            ("POST", "/db/neo4j/tx"), ("POST", "/db/neo4j/tx/7"), ("DELETE", "/db/neo4j/tx/7"));
    }

    [Fact]
    public async Task An_unknown_database_is_a_clear_error_that_is_not_transient()
    {
        _server.Then(Neo4jResponses.Status(404, "Neo.ClientError.Database.DatabaseNotFound", "Database does not exist. Database name: 'nope'."));
        var runner = Runner(o => new Neo4jStoreOptions { Uri = o.Uri, Password = o.Password, Database = "nope" });

        var run = () => runner.RunAsync([TestRunners.Statement()], AccessMode.Read, Ct);

        var failure = await run.Should().ThrowAsync<GraphStoreException>();
        failure.Which.IsTransient.Should().BeFalse();
        failure.Which.Message.Should().Contain("DatabaseNotFound");
        _server.Received.Should().HaveCount(1);
    }

    private ICypherRunner Runner(Func<Neo4jStoreOptions, Neo4jStoreOptions>? adjust = null) =>
        TestRunners.Resilient(TestRunners.Options(_server.Uri, adjust), _clock, _http);
}
