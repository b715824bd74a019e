using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Neo4j.Cypher;
using KnowledgeGraph.Storage.Neo4j.Tests.Fakes;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Http;

public sealed class TransactionalApiProtocolTests : CypherRunnerProtocolTests
{
    private protected override FakeApi Fake => FakeApi.Transactional;

    [Fact]
    public async Task A_request_posts_the_statements_with_their_parameters_to_the_database_commit_endpoint()
    {
        var runner = Runner(o => new Neo4jStoreOptions { Uri = o.Uri, Password = o.Password, Database = "graph" });

        await runner.RunAsync([TestRunners.Statement(x: "常州")], AccessMode.Write, Ct);

        var request = Server.Received.Single();
        request.Method.Should().Be("POST");
        request.Path.Should().Be("/db/graph/tx/commit");
        request.Header("Authorization").Should().StartWith("Basic ");
        request.Statements.Should().Equal("RETURN $x");
        request.Body!["statements"]![0]!["parameters"]!["x"]!.GetValue<string>().Should().Be("常州");
    }

    [Fact]
    public async Task The_failing_statement_is_the_one_after_those_that_returned_results()
    {
        Server.Then(async context =>
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
    public async Task A_constraint_that_fails_at_commit_is_named_as_the_commit_not_as_the_last_statement()
    {
        Server.Then(async context =>
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(
                """{"results":[{"columns":[],"data":[]},{"columns":[],"data":[]}],"errors":[{"code":"Neo.ClientError.Schema.ConstraintValidationFailed","message":"Cannot delete node<12>, because it still has relationships. To delete this node, you must first delete its relationships."}]}""",
                Ct);
        });
        var runner = Runner();

        var run = () => runner.RunAsync([TestRunners.Statement("delete entities"), TestRunners.Statement("delete sources")], AccessMode.Write, Ct);

        var thrown = await run.Should().ThrowAsync<GraphStoreException>();
        thrown.Which.IsTransient.Should().BeFalse();
        thrown.Which.Message.Should().Contain("refused to commit the transaction after its 2 statements ran, the first to delete entities")
            .And.Contain("Cannot delete node<12>, because it still has relationships")
            .And.NotContain("refused to delete sources");
    }

    [Fact]
    public async Task Reads_are_marked_read_only_and_writes_are_not()
    {
        var runner = Runner();

        await runner.RunAsync([TestRunners.Statement()], AccessMode.Read, Ct);
        await runner.RunAsync([TestRunners.Statement()], AccessMode.Write, Ct);

        Server.Received.Select(r => r.Header("Access-Mode")).Should().Equal("READ", null);
    }

    [Fact]
    public async Task The_bookmark_of_a_write_is_sent_with_the_reads_after_it()
    {
        Server.Then(Neo4jResponses.Results(null, []), Neo4jResponses.Results("FB:write-1", []), Neo4jResponses.Results(null, []));
        var runner = Runner();

        await runner.RunAsync([TestRunners.Statement()], AccessMode.Read, Ct);
        await runner.RunAsync([TestRunners.Statement()], AccessMode.Write, Ct);
        await runner.RunAsync([TestRunners.Statement()], AccessMode.Read, Ct);

        Server.Received.Select(r => r.Header("Bookmarks")).Should().Equal(null, null, """["FB:write-1"]""");
    }

    [Fact]
    public async Task A_write_too_big_for_one_request_runs_as_an_explicit_transaction_in_parts()
    {
        Server.Then(Neo4jResponses.Opened(7, results: 1), Neo4jResponses.Results(null, []), Neo4jResponses.Results("FB:big", []));
        var runner = Runner(o => new Neo4jStoreOptions { Uri = o.Uri, Password = o.Password, MaxRequestBytes = 1024 });
        var big = new string('字', 400);

        await runner.RunAsync([TestRunners.Statement("part one", x: big), TestRunners.Statement("part two", x: big)], AccessMode.Write, Ct);

        Server.Received.Select(r => (r.Method, r.Path)).Should().Equal(("POST", "/db/neo4j/tx"), ("POST", "/db/neo4j/tx/7/commit"));
    }

    [Fact]
    public async Task An_explicit_transaction_that_fails_on_the_way_is_rolled_back()
    {
        Server.Then(Neo4jResponses.Opened(7, results: 1), Neo4jResponses.Status(400), Neo4jResponses.Results());
        var runner = Runner(o => new Neo4jStoreOptions { Uri = o.Uri, Password = o.Password, MaxRequestBytes = 1024 });
        var big = new string('字', 400);

        var run = () => runner.RunAsync(
            [TestRunners.Statement("part one", x: big), TestRunners.Statement("part two", x: big), TestRunners.Statement("part three", x: big)], AccessMode.Write, Ct);

        (await run.Should().ThrowAsync<GraphStoreException>()).Which.IsTransient.Should().BeFalse();
        Server.Received.Select(r => (r.Method, r.Path)).Should().Equal(
            ("POST", "/db/neo4j/tx"), ("POST", "/db/neo4j/tx/7"), ("DELETE", "/db/neo4j/tx/7"));
    }
}
