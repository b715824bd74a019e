using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Neo4j.Cypher;
using KnowledgeGraph.Storage.Neo4j.Tests.Fakes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Http;

/// <summary>
/// What the store does on the wire whichever HTTP API it speaks: rows, failures and how they
/// are classified, retries, timeouts, the circuit breaker, bookmarks and secrets. Each API's
/// test class runs these against the fake server answering in that API's shapes, and adds the
/// cases only its API has.
/// </summary>
public abstract class CypherRunnerProtocolTests : IAsyncLifetime
{
    protected const string Password = TestRunners.Password;

    private protected FakeTimeProvider Clock { get; } = new();

    private protected HttpClient Http { get; } = new();

    private protected FakeNeo4jServer Server { get; private set; } = null!;

    /// <summary>The API under test and the shapes its answers take.</summary>
    private protected abstract FakeApi Fake { get; }


    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => Server = await FakeNeo4jServer.StartAsync(Fake.Unscripted);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Rows_come_back_as_plain_values_in_column_order()
    {
        Server.Then(Fake.Answer(null, [["陈金虎", 42L, true, null, new[] { "a", "b" }]]));
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
    public async Task Whole_numbers_come_back_as_longs_and_fractions_as_doubles()
    {
        Server.Then(Fake.Answer(null, [[42L, 0L, 2.5]]));
        var runner = Runner();

        var row = (await runner.RunAsync([TestRunners.Statement()], AccessMode.Read, Ct)).Single().Rows.Single();

        row[0].Should().BeOfType<long>().Which.Should().Be(42);
        row[1].Should().BeOfType<long>().Which.Should().Be(0);
        row[2].Should().BeOfType<double>().Which.Should().Be(2.5);
    }

    [Fact]
    public async Task Stats_are_counted_from_the_plain_json_numbers_the_server_answers_with()
    {
        Server.Then(Fake.Transaction(null, [[["PERSON", 2L], ["CITY", 3L]], [["PART_OF", 5L]], [[2L]]]));
        using var store = Neo4jGraphStoreFactory.Create(
            TestRunners.Options(Server.Uri, api: Fake.Api), Http, Clock, () => 0.5, Core.Schema.GraphSchema.Default, ownsHttpClient: false);

        var stats = await store.GetStatsAsync(Ct);

        (stats.Entities, stats.Relationships, stats.Sources).Should().Be((5, 5, 2));
        stats.ByEntityType.Select(c => (c.Type, c.Count)).Should().Equal(("CITY", 3), ("PERSON", 2));
    }

    [Fact]
    public async Task A_client_error_answered_with_http_500_fails_fast()
    {
        Server.Then(Neo4jResponses.Status(500, "Neo.ClientError.Request.Invalid", "Request failed."));
        var runner = Runner();

        var run = () => runner.RunAsync([TestRunners.Statement("read the test rows")], AccessMode.Read, Ct);

        var thrown = await run.Should().ThrowAsync<GraphStoreException>();
        thrown.Which.IsTransient.Should().BeFalse();
        thrown.Which.Message.Should().Contain("refused to read the test rows: Neo.ClientError.Request.Invalid: Request failed.");
        Server.Received.Should().HaveCount(1, "a client error is not cured by trying again, whatever the status");
    }

    [Fact]
    public async Task When_retries_run_out_every_attempts_failure_is_reported_in_order()
    {
        Server.Then(
            Neo4jResponses.Status(503),
            Fake.Error("Neo.TransientError.Transaction.DeadlockDetected", "deadlock on node 7"),
            Neo4jResponses.Status(429));
        var runner = Runner(o => new Neo4jStoreOptions { Uri = o.Uri, Api = o.Api, Password = o.Password, MaxRetryAttempts = 2, RetryBaseDelay = TimeSpan.Zero, RetryMaxDelay = TimeSpan.Zero });

        var run = () => runner.RunAsync([TestRunners.Statement("read the test rows")], AccessMode.Read, Ct);

        var thrown = await run.Should().ThrowAsync<GraphStoreException>();
        thrown.Which.IsTransient.Should().BeTrue();
        thrown.Which.Message.Should().StartWith("could not read the test rows: gave up after 3 attempts (attempt 1: ")
            .And.MatchRegex("attempt 1: [^;]*HTTP 503[^;]*; attempt 2: [^;]*DeadlockDetected: deadlock on node 7; attempt 3: [^;]*HTTP 429");
        thrown.Which.InnerException.Should().BeOfType<AggregateException>().Which.InnerExceptions.Should().HaveCount(3);
    }

    [Theory]
    [InlineData("a syntax error", "refused to read the test rows: Neo.ClientError.Statement.SyntaxError: Invalid input 'RETRUN'")]
    [InlineData("a database error", "failed to read the test rows: Neo.DatabaseError.General.UnknownError: disk on fire")]
    [InlineData("an unknown database", "refused to read the test rows: Neo.ClientError.Database.DatabaseNotFound")]
    [InlineData("a refused login", "refused user 'neo4j' (HTTP 401) while trying to read the test rows: check NEO4J_USER and NEO4J_PASSWORD")]
    public async Task A_failure_that_trying_again_cannot_cure_fails_fast_naming_the_statement_and_the_cause(string failure, string message)
    {
        Server.Then(LastingFailure(failure));
        var runner = Runner();

        var run = () => runner.RunAsync([TestRunners.Statement("read the test rows")], AccessMode.Read, Ct);

        var thrown = await run.Should().ThrowAsync<GraphStoreException>();
        thrown.Which.IsTransient.Should().BeFalse();
        thrown.Which.Message.Should().Contain(message);
        Server.Received.Should().HaveCount(1);
    }

    [Theory]
    [InlineData("a deadlock")]
    [InlineData("HTTP 503")]
    [InlineData("HTTP 429")]
    [InlineData("a dropped connection")]
    public async Task A_transient_failure_is_tried_again_and_then_succeeds(string failure)
    {
        Server.Then(TransientFailure(failure), Fake.Answer(null, [["ok"]]));
        var runner = Runner();

        var results = await runner.RunAsync([TestRunners.Statement()], AccessMode.Read, Ct);

        results.Single().Rows.Single().Should().Equal(["ok"], because: $"{failure} is transient");
        Server.Received.Should().HaveCount(2);
    }

    [Fact]
    public async Task Retries_stop_at_the_limit_with_a_transient_error_that_counts_the_attempts()
    {
        Server.Then(Enumerable.Repeat(Neo4jResponses.Status(503), 10).ToArray());
        var runner = Runner(o => new Neo4jStoreOptions { Uri = o.Uri, Api = o.Api, Password = o.Password, MaxRetryAttempts = 2, RetryBaseDelay = TimeSpan.Zero, RetryMaxDelay = TimeSpan.Zero });

        var run = () => runner.RunAsync([TestRunners.Statement()], AccessMode.Read, Ct);

        var failure = await run.Should().ThrowAsync<GraphStoreException>();
        failure.Which.IsTransient.Should().BeTrue();
        failure.Which.Message.Should().Contain("HTTP 503").And.Contain("gave up after 3 attempts");
        Server.Received.Should().HaveCount(3);
    }

    [Fact]
    public async Task A_retry_waits_for_a_capped_backoff_on_the_injected_clock()
    {
        Server.Then(Neo4jResponses.Status(503), Fake.Answer(null, [["ok"]]));
        var runner = Runner(o => new Neo4jStoreOptions
        {
            Uri = o.Uri, Api = o.Api, Password = o.Password, RetryBaseDelay = TimeSpan.FromSeconds(1), RetryMaxDelay = TimeSpan.FromSeconds(2), AttemptTimeout = TimeSpan.FromHours(1),
        });

        var run = runner.RunAsync([TestRunners.Statement()], AccessMode.Read, Ct);
        await Server.FirstRequest;
        var waited = await AdvanceUntilAsync(() => Server.Received.Count == 2, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(3));

        (await run).Single().Rows.Single().Should().Equal(["ok"]);
        waited.Should().BePositive("the retry waited for its backoff").And.BeLessThanOrEqualTo(TimeSpan.FromSeconds(2.1), "the backoff is capped at 2 s");
    }

    [Fact]
    public async Task A_slow_response_is_abandoned_when_the_attempt_times_out_and_then_tried_again()
    {
        Server.Then(Neo4jResponses.Silent(), Fake.Answer(null, [["ok"]]));
        var runner = Runner(o => new Neo4jStoreOptions
        {
            Uri = o.Uri, Api = o.Api, Password = o.Password, AttemptTimeout = TimeSpan.FromSeconds(10), RetryBaseDelay = TimeSpan.Zero, RetryMaxDelay = TimeSpan.Zero,
        });

        var run = runner.RunAsync([TestRunners.Statement()], AccessMode.Read, Ct);
        await Server.FirstRequest;
        Clock.Advance(TimeSpan.FromSeconds(10));

        (await run).Single().Rows.Single().Should().Equal(["ok"]);
        Server.Received.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_timeout_on_the_last_attempt_is_a_transient_error_naming_the_limit()
    {
        Server.Then(Neo4jResponses.Silent());
        var runner = Runner(o => new Neo4jStoreOptions { Uri = o.Uri, Api = o.Api, Password = o.Password, AttemptTimeout = TimeSpan.FromSeconds(10), MaxRetryAttempts = 0 });

        var run = runner.RunAsync([TestRunners.Statement()], AccessMode.Read, Ct);
        await Server.FirstRequest;
        Clock.Advance(TimeSpan.FromSeconds(10));

        var failure = await FluentActions.Awaiting(() => run).Should().ThrowAsync<GraphStoreException>();
        failure.Which.IsTransient.Should().BeTrue();
        failure.Which.Message.Should().Contain("did not answer within 10 s");
    }

    [Fact]
    public async Task The_circuit_opens_after_repeated_failures_and_lets_a_call_through_after_the_break()
    {
        Server.Then(Neo4jResponses.Status(503), Neo4jResponses.Status(503), Fake.Answer(null, [["ok"]]));
        var runner = Runner(o => new Neo4jStoreOptions
        {
            Uri = o.Uri, Api = o.Api, Password = o.Password, MaxRetryAttempts = 0, BreakerMinimumThroughput = 2, BreakerFailureRatio = 0.5, BreakerDuration = TimeSpan.FromSeconds(30),
        });
        var run = () => runner.RunAsync([TestRunners.Statement()], AccessMode.Read, Ct);
        await run.Should().ThrowAsync<GraphStoreException>();
        await run.Should().ThrowAsync<GraphStoreException>();

        var whileOpen = await run.Should().ThrowAsync<GraphStoreException>();
        Clock.Advance(TimeSpan.FromSeconds(30));
        var afterBreak = await run();

        whileOpen.Which.IsTransient.Should().BeTrue();
        whileOpen.Which.Message.Should().Contain("paused");
        afterBreak.Single().Rows.Single().Should().Equal(["ok"]);
        Server.Received.Should().HaveCount(3, "the open circuit kept the third call from the server");
    }

    [Fact]
    public async Task The_store_reads_what_it_wrote_on_any_member_by_sending_the_bookmark_of_its_write()
    {
        Server.Then([.. Fake.Transaction("FB:after-source", [[], []]), Fake.Answer(null, [["source:a", "标题", null, "2024-10", null]])]);
        using var store = Neo4jGraphStoreFactory.Create(
            TestRunners.Options(Server.Uri, api: Fake.Api), Http, Clock, () => 0.5, Core.Schema.GraphSchema.Default, ownsHttpClient: false);

        await store.ApplyAsync(new GraphChangeSet { UpsertSources = [new Core.Model.Source("source:a", "标题")] }, Ct);
        var sources = await store.GetSourcesAsync(null, Ct);

        sources.Single().PublishedOn.Should().Be(Core.Model.PartialDate.Parse("2024-10"));
        var settings = Server.Received.Select(Fake.TransactionSettings).ToList();
        settings[..^1].Should().OnlyContain(s => s.Bookmarks == null);
        settings[^1].Should().Be((Fake.ReadAccessMode, """["FB:after-source"]"""));
    }

    [Fact]
    public async Task A_server_that_does_not_serve_the_API_is_told_apart_and_the_other_API_suggested()
    {
        Server.Then(Neo4jResponses.Status(404));
        var runner = Runner();

        var run = () => runner.RunAsync([TestRunners.Statement()], AccessMode.Read, Ct);

        var failure = await run.Should().ThrowAsync<GraphStoreException>();
        failure.Which.IsTransient.Should().BeFalse();
        failure.Which.Message.Should().Contain($"{Fake.MissingEndpoint} for database 'neo4j' (HTTP 404)").And.Contain(Fake.OtherApi);
    }

    [Theory]
    [InlineData("401")]
    [InlineData("403")]
    [InlineData("404")]
    [InlineData("400 without a body")]
    [InlineData("503")]
    [InlineData("429")]
    [InlineData("a client error echoing the password")]
    [InlineData("a transient error echoing the password")]
    [InlineData("a database error echoing the password")]
    [InlineData("a dropped connection")]
    [InlineData("an unreadable body")]
    public async Task No_failure_shows_the_password_or_the_credentials_of_the_address(string failure)
    {
        Server.Then(EveryFailure(failure));
        var withCredentials = new UriBuilder(Server.Uri) { UserName = "admin", Password = Password }.Uri;
        var runner = Runner(o => new Neo4jStoreOptions { Uri = withCredentials, Api = o.Api, Password = Password, MaxRetryAttempts = 0 });

        var run = () => runner.RunAsync([TestRunners.Statement(x: Password)], AccessMode.Read, Ct);

        var thrown = await run.Should().ThrowAsync<GraphStoreException>(because: failure);
        thrown.Which.ToString().Should().NotContain(Password).And.NotContain("admin");
    }

    [Fact]
    public async Task An_unreachable_server_is_transient_and_its_message_hides_the_password()
    {
        var closedPort = Server.Uri;
        await Server.DisposeAsync();
        Server = await FakeNeo4jServer.StartAsync(Fake.Unscripted);
        var runner = Runner(o => new Neo4jStoreOptions { Uri = closedPort, Api = o.Api, Password = Password, MaxRetryAttempts = 0 });

        var run = () => runner.RunAsync([TestRunners.Statement()], AccessMode.Read, Ct);

        var thrown = await run.Should().ThrowAsync<GraphStoreException>();
        thrown.Which.IsTransient.Should().BeTrue();
        thrown.Which.Message.Should().Contain("connection to Neo4j");
        thrown.Which.ToString().Should().NotContain(Password);
    }

    /// <summary>
    /// Moves the fake clock on in steps until <paramref name="done"/> holds, letting the client
    /// react after each step, and returns how far it moved. Nothing here waits for real time
    /// to pass: the short real pauses only give the client's continuations a turn.
    /// </summary>
    private protected async Task<TimeSpan> AdvanceUntilAsync(Func<bool> done, TimeSpan step, TimeSpan limit)
    {
        var moved = TimeSpan.Zero;
        while (!done() && moved < limit)
        {
            Clock.Advance(step);
            moved += step;
            for (var turn = 0; turn < 50 && !done(); turn++)
            {
                await Task.Delay(1, Ct);
            }
        }

        return done() ? moved : throw new TimeoutException($"still waiting after the fake clock moved {moved}");
    }

    private protected ICypherRunner Runner(Func<Neo4jStoreOptions, Neo4jStoreOptions>? adjust = null) =>
        TestRunners.Resilient(TestRunners.Options(Server.Uri, adjust, Fake.Api), Clock, Http);

    private Func<HttpContext, Task> LastingFailure(string failure) => failure switch
    {
        "a syntax error" => Fake.Error("Neo.ClientError.Statement.SyntaxError", "Invalid input 'RETRUN'"),
        "a database error" => Fake.Error("Neo.DatabaseError.General.UnknownError", "disk on fire"),
        "an unknown database" => Neo4jResponses.Status(404, "Neo.ClientError.Database.DatabaseNotFound", "Database does not exist. Database name: 'nope'."),
        "a refused login" => Neo4jResponses.Status(401, "Neo.ClientError.Security.Unauthorized", "Invalid username or password."),
        _ => throw new ArgumentOutOfRangeException(nameof(failure), failure, "no such lasting failure"),
    };

    private Func<HttpContext, Task> TransientFailure(string failure) => failure switch
    {
        "a deadlock" => Fake.Error("Neo.TransientError.Transaction.DeadlockDetected", "deadlock"),
        "HTTP 503" => Neo4jResponses.Status(503),
        "HTTP 429" => Neo4jResponses.Status(429),
        "a dropped connection" => Neo4jResponses.Dropped(),
        _ => throw new ArgumentOutOfRangeException(nameof(failure), failure, "no such transient failure"),
    };

    private Func<HttpContext, Task> EveryFailure(string failure) => failure switch
    {
        "401" => Neo4jResponses.Status(401, "Neo.ClientError.Security.Unauthorized", $"Invalid password {Password}"),
        "403" => Neo4jResponses.Status(403),
        "404" => Neo4jResponses.Status(404, "Neo.ClientError.Database.DatabaseNotFound", $"no database {Password}"),
        "400 without a body" => Neo4jResponses.Status(400),
        "503" => Neo4jResponses.Status(503),
        "429" => Neo4jResponses.Status(429),
        "a client error echoing the password" => Fake.Error("Neo.ClientError.Statement.SyntaxError", $"Invalid input '{Password}'"),
        "a transient error echoing the password" => Fake.Error("Neo.TransientError.General.MemoryPoolOutOfMemoryError", $"out of memory near {Password}"),
        "a database error echoing the password" => Fake.Error("Neo.DatabaseError.General.UnknownError", Password),
        "a dropped connection" => Neo4jResponses.Dropped(),
        "an unreadable body" => async context => await context.Response.WriteAsync($"<html>{Password}", context.RequestAborted),
        _ => throw new ArgumentOutOfRangeException(nameof(failure), failure, "no such failure"),
    };
}
