using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Neo4j.Cypher;
using KnowledgeGraph.Storage.Neo4j.Tests.Fakes;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Http;

public sealed class QueryApiProtocolTests : CypherRunnerProtocolTests
{
    private const string Query = "/db/neo4j/query/v2";

    private protected override FakeApi Fake => FakeApi.Query;

    [Fact]
    public async Task The_fields_name_the_columns_and_fractions_come_back_as_doubles()
    {
        Server.Then(QueryApiResponses.Rows(null, ["陈金虎", 2.5]));
        var runner = Runner();

        var results = await runner.RunAsync([TestRunners.Statement()], AccessMode.Read, Ct);

        results.Single().Columns.Should().Equal("c0", "c1");
        results.Single().Rows.Single().Should().Equal("陈金虎", 2.5);
    }

    [Fact]
    public async Task One_statement_is_one_request_to_the_query_endpoint_with_its_parameters()
    {
        var runner = Runner(database: "graph");

        await runner.RunAsync([TestRunners.Statement(x: "常州")], AccessMode.Write, Ct);

        var request = Server.Received.Single();
        request.Method.Should().Be("POST");
        request.Path.Should().Be("/db/graph/query/v2");
        request.Header("Authorization").Should().StartWith("Basic ");
        request.Header("Accept").Should().StartWith("application/json");
        request.Statement.Should().Be("RETURN $x");
        request.Body!["parameters"]!["x"]!.GetValue<string>().Should().Be("常州");
    }

    [Theory]
    [InlineData("MTAuOC41Ljc6MTc0NzQ=")]
    [InlineData(null)]
    public async Task Several_statements_run_in_order_in_one_explicit_transaction_that_echoes_its_affinity(string? affinity)
    {
        Server.Then(
            QueryApiResponses.Opened("4b73", affinity, ["a"]),
            QueryApiResponses.Rows(null, ["b"]),
            QueryApiResponses.Rows(null, ["c"]),
            QueryApiResponses.Committed("FB:three"));
        var runner = Runner();

        var results = await runner.RunAsync(
            [TestRunners.Statement("first step", "RETURN 1"), TestRunners.Statement("second step", "RETURN 2"), TestRunners.Statement("third step", "RETURN 3")],
            AccessMode.Write,
            Ct);

        results.Select(r => r.Rows.Single().Single()).Should().Equal("a", "b", "c");
        Server.Received.Select(r => (r.Method, r.Path, r.Statement, r.Header("neo4j-cluster-affinity"))).Should().Equal(
            ("POST", $"{Query}/tx", "RETURN 1", null),
            ("POST", $"{Query}/tx/4b73", "RETURN 2", affinity),
            ("POST", $"{Query}/tx/4b73", "RETURN 3", affinity),
            ("POST", $"{Query}/tx/4b73/commit", null, affinity));
    }

    [Fact]
    public async Task A_commit_carries_an_empty_json_object_which_neo4j_requires()
    {
        var runner = Runner();

        await runner.RunAsync([TestRunners.Statement("first step"), TestRunners.Statement("second step")], AccessMode.Write, Ct);

        var commit = Server.Received[^1];
        commit.Path.Should().MatchRegex($"^{Query}/tx/[0-9a-f]{{4}}/commit$");
        commit.Header("Content-Type").Should().StartWith("application/json");
        commit.Body!.ToJsonString().Should().Be("{}");
        Server.Received.Should().HaveCount(3, "the commit was accepted the first time");
    }

    [Fact]
    public async Task Reads_ask_for_read_access_and_writes_do_not()
    {
        Server.Then(QueryApiResponses.Rows(), QueryApiResponses.Rows(), QueryApiResponses.Opened("ad63"));
        var runner = Runner();

        await runner.RunAsync([TestRunners.Statement()], AccessMode.Read, Ct);
        await runner.RunAsync([TestRunners.Statement()], AccessMode.Write, Ct);
        await runner.RunAsync([TestRunners.Statement(), TestRunners.Statement()], AccessMode.Read, Ct);

        Server.Received.Select(r => (r.Path, r.BodyProperty("accessMode"))).Should().Equal(
            (Query, "\"Read\""), (Query, null), ($"{Query}/tx", "\"Read\""), ($"{Query}/tx/ad63", null), ($"{Query}/tx/ad63/commit", null));
    }

    [Fact]
    public async Task The_bookmark_a_commit_answers_with_is_sent_with_the_next_read()
    {
        Server.Then(QueryApiResponses.Opened("ad63"), QueryApiResponses.Rows(), QueryApiResponses.Committed("FB:after-write"));
        var runner = Runner();

        await runner.RunAsync([TestRunners.Statement("first step"), TestRunners.Statement("second step")], AccessMode.Write, Ct);
        await runner.RunAsync([TestRunners.Statement()], AccessMode.Read, Ct);

        Server.Received.Select(r => r.BodyProperty("bookmarks")).Should().Equal(null, null, null, """["FB:after-write"]""");
    }

    [Fact]
    public async Task Only_the_request_that_begins_a_transaction_carries_the_bookmark_of_the_last_write()
    {
        Server.Then(
            QueryApiResponses.Rows("FB:write-1"),
            QueryApiResponses.Opened("e0bf"),
            QueryApiResponses.Rows(),
            QueryApiResponses.Committed("FB:read-commit"));
        var runner = Runner();

        await runner.RunAsync([TestRunners.Statement()], AccessMode.Write, Ct);
        await runner.RunAsync([TestRunners.Statement(), TestRunners.Statement()], AccessMode.Read, Ct);
        await runner.RunAsync([TestRunners.Statement()], AccessMode.Read, Ct);

        Server.Received.Select(r => (r.Path, r.BodyProperty("bookmarks"))).Should().Equal(
            (Query, null),
            ($"{Query}/tx", """["FB:write-1"]"""),
            ($"{Query}/tx/e0bf", null),
            ($"{Query}/tx/e0bf/commit", null),
            (Query, """["FB:write-1"]"""));
    }

    [Fact]
    public async Task A_statement_that_fails_inside_a_transaction_rolls_it_back_and_is_named()
    {
        Server.Then(
            QueryApiResponses.Opened("2098", "affinity-1"),
            QueryApiResponses.Error("Neo.ClientError.Schema.ConstraintValidationFailed", "already exists"));
        var runner = Runner();

        var run = () => runner.RunAsync(
            [TestRunners.Statement("first step"), TestRunners.Statement("second step"), TestRunners.Statement("third step")], AccessMode.Write, Ct);

        var failure = await run.Should().ThrowAsync<GraphStoreException>();
        failure.Which.IsTransient.Should().BeFalse();
        failure.Which.Message.Should().Contain("refused to second step").And.Contain("Neo.ClientError.Schema.ConstraintValidationFailed: already exists");
        Server.Received.Select(r => (r.Method, r.Path, r.Header("neo4j-cluster-affinity"))).Should().Equal(
            ("POST", $"{Query}/tx", null), ("POST", $"{Query}/tx/2098", "affinity-1"), ("DELETE", $"{Query}/tx/2098", "affinity-1"));
    }

    [Fact]
    public async Task A_commit_that_fails_is_rolled_back_and_named()
    {
        Server.Then(
            QueryApiResponses.Opened("65f7"),
            QueryApiResponses.Rows(),
            QueryApiResponses.Error("Neo.ClientError.Transaction.TransactionNotFound", "no such transaction", status: 404));
        var runner = Runner();

        var run = () => runner.RunAsync([TestRunners.Statement("first step"), TestRunners.Statement("second step")], AccessMode.Write, Ct);

        (await run.Should().ThrowAsync<GraphStoreException>()).Which.Message.Should().Contain("refused to commit the transaction");
        Server.Received.Select(r => (r.Method, r.Path)).Should().Equal(
            ("POST", $"{Query}/tx"), ("POST", $"{Query}/tx/65f7"), ("POST", $"{Query}/tx/65f7/commit"), ("DELETE", $"{Query}/tx/65f7"));
    }

    [Fact]
    public async Task A_transient_failure_inside_a_transaction_rolls_it_back_and_runs_the_whole_unit_again()
    {
        Server.Then(
            QueryApiResponses.Opened("ad63"),
            Neo4jResponses.Status(503),
            QueryApiResponses.Rows(),
            QueryApiResponses.Opened("e0bf"),
            QueryApiResponses.Rows(null, ["ok"]),
            QueryApiResponses.Committed("FB:second-try"));
        var runner = Runner();

        var results = await runner.RunAsync([TestRunners.Statement("first step"), TestRunners.Statement("second step")], AccessMode.Write, Ct);

        results[1].Rows.Single().Should().Equal(["ok"]);
        Server.Received.Select(r => (r.Method, r.Path)).Should().Equal(
            ("POST", $"{Query}/tx"), ("POST", $"{Query}/tx/ad63"), ("DELETE", $"{Query}/tx/ad63"),
            ("POST", $"{Query}/tx"), ("POST", $"{Query}/tx/e0bf"), ("POST", $"{Query}/tx/e0bf/commit"));
    }

    [Theory]
    [InlineData("<html>busy</html>", "is an invalid start of a value")]
    [InlineData("[1, 2]", "expected an object, found Array")]
    [InlineData("""{"bookmarks":[]}""", "the answer to a statement has no 'data'")]
    [InlineData("""{"data":"rows"}""", "'data' is a String, not an object")]
    [InlineData("""{"data":{"fields":["a"],"values":"rows"}}""", "'values' is not a list")]
    [InlineData("""{"data":{"fields":["a","b"],"values":[[1]]}}""", "a row of 'values' is not a list of 2 values, one per field")]
    [InlineData("""{"data":{"fields":[1],"values":[]}}""", "'fields' holds a Number, not a string")]
    [InlineData("""{"data":{"fields":[],"values":[]},"bookmarks":"FB:1"}""", "'bookmarks' is not a list")]
    [InlineData("""{"data":{"fields":[],"values":[]}}""", "an explicit transaction was opened without a 'transaction' id", 2)]
    public async Task A_malformed_answer_is_a_clear_error_that_is_not_retried(string body, string reason, int statements = 1)
    {
        Server.Then(QueryApiResponses.Body(body));
        var runner = Runner();

        var run = () => runner.RunAsync([.. Enumerable.Repeat(TestRunners.Statement("read the test rows"), statements)], AccessMode.Read, Ct);

        var failure = await run.Should().ThrowAsync<GraphStoreException>();
        failure.Which.IsTransient.Should().BeFalse();
        failure.Which.Message.Should().Contain("could not read the test rows: Neo4j at").And.Contain("sent a response this store cannot read").And.Contain(reason);
        Server.Received.Should().HaveCount(1);
    }

    [Fact]
    public async Task An_error_in_an_accepted_answer_is_still_an_error()
    {
        Server.Then(QueryApiResponses.Error("Neo.TransientError.General.DatabaseUnavailable", "starting", QueryApiResponses.Accepted), QueryApiResponses.Rows(null, ["ok"]));
        var runner = Runner();

        var results = await runner.RunAsync([TestRunners.Statement()], AccessMode.Read, Ct);

        results.Single().Rows.Single().Should().Equal(["ok"]);
        Server.Received.Should().HaveCount(2);
    }

    private ICypherRunner Runner(string database) =>
        Runner(o => new Neo4jStoreOptions { Uri = o.Uri, Api = o.Api, Password = o.Password, Database = database });
}
