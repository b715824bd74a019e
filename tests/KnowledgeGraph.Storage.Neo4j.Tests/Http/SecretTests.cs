using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Neo4j.Cypher;
using KnowledgeGraph.Storage.Neo4j.Tests.Fakes;
using KnowledgeGraph.Testing;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Http;

public sealed class SecretTests : IAsyncLifetime
{
    private const string Password = TestRunners.Password;
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
    public async Task A_refused_login_is_a_clear_error_that_is_not_transient_and_not_retried()
    {
        _server.Then(Neo4jResponses.Status(401, "Neo.ClientError.Security.Unauthorized", "Invalid username or password."));
        var runner = Runner();

        var run = () => runner.RunAsync([TestRunners.Statement()], AccessMode.Read, Ct);

        var failure = await run.Should().ThrowAsync<GraphStoreException>();
        failure.Which.IsTransient.Should().BeFalse();
        failure.Which.Message.Should().Contain("refused user 'neo4j' (HTTP 401)").And.Contain("NEO4J_PASSWORD");
        _server.Received.Should().HaveCount(1);
    }

    public static TheoryData<string, Func<HttpContext, Task>> EveryFailure => new()
    {
        { "401", Neo4jResponses.Status(401, "Neo.ClientError.Security.Unauthorized", $"Invalid password {Password}") },
        { "403", Neo4jResponses.Status(403) },
        { "404", Neo4jResponses.Status(404, "Neo.ClientError.Database.DatabaseNotFound", $"no database {Password}") },
        { "400 without a body", Neo4jResponses.Status(400) },
        { "503", Neo4jResponses.Status(503) },
        { "429", Neo4jResponses.Status(429) },
        { "a client error echoing the password", Neo4jResponses.Error("Neo.ClientError.Statement.SyntaxError", $"Invalid input '{Password}'") },
        { "a transient error echoing the password", Neo4jResponses.Error("Neo.TransientError.General.MemoryPoolOutOfMemoryError", $"out of memory near {Password}") },
        { "a database error echoing the password", Neo4jResponses.Error("Neo.DatabaseError.General.UnknownError", Password) },
        { "a dropped connection", Neo4jResponses.Dropped() },
        { "an unreadable body", async context => await context.Response.WriteAsync($"<html>{Password}", Ct) },
    };

    [Theory]
    [MemberData(nameof(EveryFailure))]
    public async Task No_failure_shows_the_password_or_the_credentials_of_the_address(string failure, Func<HttpContext, Task> response)
    {
        _server.Then(response);
        var withCredentials = new UriBuilder(_server.Uri) { UserName = "admin", Password = Password }.Uri;
        var runner = TestRunners.Resilient(TestRunners.Options(withCredentials, o => new Neo4jStoreOptions { Uri = o.Uri, Password = Password, MaxRetryAttempts = 0 }), _clock, _http);

        var run = () => runner.RunAsync([TestRunners.Statement(x: Password)], AccessMode.Read, Ct);

        var thrown = await run.Should().ThrowAsync<GraphStoreException>(because: failure);
        thrown.Which.ToString().Should().NotContain(Password).And.NotContain("admin");
    }

    [Fact]
    public async Task An_unreachable_server_is_transient_and_its_message_hides_the_password()
    {
        var closedPort = _server.Uri;
        await _server.DisposeAsync();
        _server = await FakeNeo4jServer.StartAsync();
        var runner = TestRunners.Resilient(TestRunners.Options(closedPort, o => new Neo4jStoreOptions { Uri = o.Uri, Password = Password, MaxRetryAttempts = 0 }), _clock, _http);

        var run = () => runner.RunAsync([TestRunners.Statement()], AccessMode.Read, Ct);

        var thrown = await run.Should().ThrowAsync<GraphStoreException>();
        thrown.Which.IsTransient.Should().BeTrue();
        thrown.Which.Message.Should().Contain("connection to Neo4j");
        thrown.Which.ToString().Should().NotContain(Password);
    }

    [Fact]
    public void Invalid_options_do_not_show_the_credentials_of_the_address()
    {
        var options = new Neo4jStoreOptions { Uri = new Uri($"bolt://admin:{Password}@db.example:7687"), Password = Password };

        var validate = options.Validate;

        validate.Should().Throw<ArgumentException>().Which.Message.Should().Contain("bolt://db.example:7687").And.NotContain(Password).And.NotContain("admin");
    }

    private Neo4jStoreOptions Options() => TestRunners.Options(_server.Uri);

    private ICypherRunner Runner() => TestRunners.Resilient(Options(), _clock, _http);
}
