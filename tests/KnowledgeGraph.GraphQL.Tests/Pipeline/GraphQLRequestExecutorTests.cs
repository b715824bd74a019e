using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Pipeline;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Tests.Pipeline;

public sealed class GraphQLRequestExecutorTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task A_request_without_a_document_is_a_bad_request(string? query)
    {
        var executor = new GraphQLRequestExecutor(Schema());

        var result = await executor.ExecuteAsync(new GraphQLRequest(query), Cancellation);

        result.Status.Should().Be(GraphQLRequestStatus.BadRequest);
        ResponseWriter.ToJson(result.Response).Should().Be("""{"errors":[{"message":"Must provide query string.","extensions":{"code":"BAD_REQUEST"}}]}""");
    }

    [Fact]
    public async Task A_syntax_error_is_reported_with_its_location_and_without_data()
    {
        var executor = new GraphQLRequestExecutor(Schema());

        var result = await executor.ExecuteAsync(new GraphQLRequest("{ hello"), Cancellation);

        result.Status.Should().Be(GraphQLRequestStatus.SyntaxError);
        ResponseWriter.ToJson(result.Response).Should().Be(
            """{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":8}],"extensions":{"code":"GRAPHQL_PARSE_FAILED"}}]}""");
    }

    [Fact]
    public async Task An_invalid_document_is_reported_with_its_validation_errors_and_not_executed()
    {
        var executor = new GraphQLRequestExecutor(Schema());

        var result = await executor.ExecuteAsync(new GraphQLRequest("{ hello nope }"), Cancellation);

        result.Status.Should().Be(GraphQLRequestStatus.ValidationFailed);
        ResponseWriter.ToJson(result.Response).Should().Be(
            """{"errors":[{"message":"Cannot query field \"nope\" on type \"Query\".","locations":[{"line":1,"column":9}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}""");
    }

    [Fact]
    public async Task GraphiQLs_full_introspection_query_passes_the_default_limits()
    {
        var executor = new GraphQLRequestExecutor(TestSchema.Create());

        var result = await executor.ExecuteAsync(new GraphQLRequest(Golden.Read("Types/Golden/introspection-query.graphql")), Cancellation);

        result.Status.Should().Be(GraphQLRequestStatus.Executed);
        result.Response.Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task The_validation_limits_of_the_options_apply()
    {
        var executor = new GraphQLRequestExecutor(Schema(), new GraphQLRequestOptions { MaxAliases = 1 });

        var result = await executor.ExecuteAsync(new GraphQLRequest("{ a: hello b: hello }"), Cancellation);

        result.Status.Should().Be(GraphQLRequestStatus.ValidationFailed);
        result.Response.Errors.Should().ContainSingle().Which.Code.Should().Be("MAX_ALIASES_EXCEEDED");
    }

    [Fact]
    public async Task The_parser_limits_of_the_options_apply()
    {
        var executor = new GraphQLRequestExecutor(Schema(), new GraphQLRequestOptions { Parser = new ParserOptions { MaxTokens = 3 } });

        var result = await executor.ExecuteAsync(new GraphQLRequest("{ hello hello }"), Cancellation);

        result.Status.Should().Be(GraphQLRequestStatus.SyntaxError);
        result.Response.Errors.Should().ContainSingle().Which.Message.Should().Contain("3 tokens");
    }

    [Fact]
    public async Task A_valid_request_executes_with_its_variables_and_chosen_operation()
    {
        var executor = new GraphQLRequestExecutor(Schema());
        var request = new GraphQLRequest(
            "query A { hello } query B($name: String) { greet(name: $name) }",
            "B",
            new Dictionary<string, object?> { ["name"] = "常州" });

        var result = await executor.ExecuteAsync(request, Cancellation);

        result.Status.Should().Be(GraphQLRequestStatus.Executed);
        ResponseWriter.ToJson(result.Response).Should().Be("""{"data":{"greet":"hello, 常州"}}""");
    }

    [Theory]
    [InlineData("query A { hello } query B { hello }", null, "Must provide operation name if query contains multiple operations.")]
    [InlineData("query A { hello }", "C", "Unknown operation named \"C\".")]
    public async Task A_request_whose_operation_cannot_be_chosen_is_a_request_error(string query, string? operationName, string message)
    {
        var executor = new GraphQLRequestExecutor(Schema());

        var result = await executor.ExecuteAsync(new GraphQLRequest(query, operationName), Cancellation);

        result.Status.Should().Be(GraphQLRequestStatus.RequestError);
        result.Response.HasData.Should().BeFalse();
        result.Response.Errors.Should().ContainSingle().Which.Message.Should().Be(message);
    }

    [Fact]
    public async Task Variables_that_do_not_coerce_are_a_request_error()
    {
        var executor = new GraphQLRequestExecutor(Schema());
        var request = new GraphQLRequest("query ($name: String) { greet(name: $name) }", Variables: new Dictionary<string, object?> { ["name"] = new List<object?>() });

        var result = await executor.ExecuteAsync(request, Cancellation);

        result.Status.Should().Be(GraphQLRequestStatus.RequestError);
        result.Response.Errors.Should().ContainSingle().Which.Code.Should().Be(ErrorCodes.BadUserInput);
    }

    [Theory]
    [InlineData("mutation { bump }", null)]
    [InlineData("query Q { hello } mutation M { bump }", "M")]
    public async Task A_mutation_is_refused_where_mutations_are_not_allowed(string query, string? operationName)
    {
        var executor = new GraphQLRequestExecutor(Schema());

        var result = await executor.ExecuteAsync(new GraphQLRequest(query, operationName), new GraphQLRequestContext { AllowMutations = false }, Cancellation);

        result.Status.Should().Be(GraphQLRequestStatus.OperationNotAllowed);
        ResponseWriter.ToJson(result.Response).Should().Be(
            """{"errors":[{"message":"Can only perform a mutation operation from a POST request.","extensions":{"code":"OPERATION_NOT_ALLOWED"}}]}""");
    }

    [Fact]
    public async Task A_query_runs_where_mutations_are_not_allowed()
    {
        var executor = new GraphQLRequestExecutor(Schema());

        var result = await executor.ExecuteAsync(
            new GraphQLRequest("query Q { hello } mutation M { bump }", "Q"), new GraphQLRequestContext { AllowMutations = false }, Cancellation);

        result.Status.Should().Be(GraphQLRequestStatus.Executed);
    }

    [Fact]
    public async Task The_context_reaches_the_resolvers()
    {
        var schema = new SchemaBuilder()
            .AddSdl("type Query { root: String context: String }")
            .Resolve("Query", "root", context => context.Source)
            .Resolve("Query", "context", context => context.ContextValue)
            .Build();
        var executor = new GraphQLRequestExecutor(schema);

        var result = await executor.ExecuteAsync(
            new GraphQLRequest("{ root context }"), new GraphQLRequestContext { RootValue = "the root", ContextValue = "the context" }, Cancellation);

        ResponseWriter.ToJson(result.Response).Should().Be("""{"data":{"root":"the root","context":"the context"}}""");
    }

    [Fact]
    public async Task Introspection_can_be_switched_off()
    {
        var executor = new GraphQLRequestExecutor(Schema(), new GraphQLRequestOptions { EnableIntrospection = false });

        var result = await executor.ExecuteAsync(new GraphQLRequest("{ __schema { queryType { name } } }"), Cancellation);

        result.Response.Errors.Should().ContainSingle().Which.Code.Should().Be(ErrorCodes.IntrospectionDisabled);
    }

    [Fact]
    public async Task Unexpected_resolver_exceptions_are_hidden_unless_exposed_and_always_reported_to_the_host()
    {
        var reported = new List<string>();
        var hidden = new GraphQLRequestExecutor(Schema(), new GraphQLRequestOptions { OnUnexpectedError = (exception, _) => reported.Add(exception.Message) });
        var exposed = new GraphQLRequestExecutor(Schema(), new GraphQLRequestOptions { ExposeExceptionMessages = true });

        var hiddenResult = await hidden.ExecuteAsync(new GraphQLRequest("{ broken }"), Cancellation);
        var exposedResult = await exposed.ExecuteAsync(new GraphQLRequest("{ broken }"), Cancellation);

        hiddenResult.Response.Errors.Single().Message.Should().Be("Unexpected error.");
        exposedResult.Response.Errors.Single().Message.Should().Be("the disk is on fire");
        reported.Should().Equal("the disk is on fire");
    }

    [Fact]
    public async Task Execution_that_outlasts_the_timeout_is_answered_with_a_timeout_error_even_if_a_resolver_ignores_cancellation()
    {
        var never = new TaskCompletionSource<object?>();
        var schema = new SchemaBuilder()
            .AddSdl("type Query { stuck: String }")
            .Resolve("Query", "stuck", _ => new ValueTask<object?>(never.Task))
            .Build();
        var clock = new ManualTimeProvider();
        var executor = new GraphQLRequestExecutor(schema, new GraphQLRequestOptions { ExecutionTimeout = TimeSpan.FromSeconds(2) }, clock);

        var pending = executor.ExecuteAsync(new GraphQLRequest("{ stuck }"), Cancellation);
        clock.Advance(TimeSpan.FromSeconds(2));
        var result = await pending;

        result.Status.Should().Be(GraphQLRequestStatus.Executed);
        ResponseWriter.ToJson(result.Response).Should().Be(
            """{"errors":[{"message":"Execution was stopped after the time limit of 2 seconds.","extensions":{"code":"EXECUTION_TIMEOUT"}}],"data":null}""");
    }

    [Fact]
    public async Task A_resolver_that_blocks_its_thread_cannot_hold_the_answer_past_the_timeout()
    {
        using var gate = new ManualResetEventSlim();
        var schema = new SchemaBuilder()
            .AddSdl("type Query { blocked: String }")
            .Resolve("Query", "blocked", _ =>
            {
                // Blocks without looking at cancellation, as a synchronous call into a slow library does.
                gate.Wait(TimeSpan.FromSeconds(30), Cancellation);
                return "late";
            })
            .Build();
        var clock = new ManualTimeProvider();
        var executor = new GraphQLRequestExecutor(schema, new GraphQLRequestOptions { ExecutionTimeout = TimeSpan.FromSeconds(2) }, clock);

        try
        {
            var pending = executor.ExecuteAsync(new GraphQLRequest("{ blocked }"), Cancellation);
            clock.Advance(TimeSpan.FromSeconds(2));
            var result = await pending.WaitAsync(TimeSpan.FromSeconds(10), Cancellation);

            result.Response.Errors.Should().ContainSingle().Which.Code.Should().Be(RequestErrorCodes.ExecutionTimeout);
            result.Response.Data.Should().BeNull();
        }
        finally
        {
            gate.Set();
        }
    }

    [Fact]
    public async Task An_operation_over_the_cost_limit_is_a_request_error_without_data()
    {
        var schema = new SchemaBuilder().AddSdl("type Query { names: [String] }").Build();
        var executor = new GraphQLRequestExecutor(schema, new GraphQLRequestOptions { MaxCost = 10, DefaultListSize = 11 });

        var result = await executor.ExecuteAsync(new GraphQLRequest("{ names }"), Cancellation);

        result.Status.Should().Be(GraphQLRequestStatus.RequestError);
        result.Response.Errors.Should().ContainSingle().Which.Message.Should().Be(
            "The anonymous operation has an estimated cost of 11, more than the maximum of 10.");
    }

    [Fact]
    public async Task A_request_the_client_abandons_is_cancelled()
    {
        using var client = new CancellationTokenSource();
        var schema = new SchemaBuilder()
            .AddSdl("type Query { slow: String }")
            .Resolve("Query", "slow", async context =>
            {
                await client.CancelAsync();
                await Task.Delay(Timeout.InfiniteTimeSpan, context.CancellationToken);
                return "never";
            })
            .Build();
        var executor = new GraphQLRequestExecutor(schema);

        var act = () => executor.ExecuteAsync(new GraphQLRequest("{ slow }"), client.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public void A_repeated_document_is_parsed_once_and_served_from_the_cache()
    {
        var executor = new GraphQLRequestExecutor(Schema());

        var first = executor.Prepare("{ hello }");
        var second = executor.Prepare("{ hello }");

        second.Should().BeSameAs(first);
        executor.CachedDocumentCount.Should().Be(1);
    }

    [Fact]
    public void Documents_longer_than_the_cache_limit_are_not_cached()
    {
        var executor = new GraphQLRequestExecutor(Schema(), new GraphQLRequestOptions { MaxCachedDocumentLength = 10 });

        executor.Prepare("{ hello hello hello }");

        executor.CachedDocumentCount.Should().Be(0);
    }

    [Fact]
    public void A_cache_size_of_zero_turns_the_cache_off()
    {
        var executor = new GraphQLRequestExecutor(Schema(), new GraphQLRequestOptions { DocumentCacheSize = 0 });

        var first = executor.Prepare("{ hello }");
        var second = executor.Prepare("{ hello }");

        second.Should().NotBeSameAs(first);
        executor.CachedDocumentCount.Should().Be(0);
    }

    [Fact]
    public void The_cache_drops_the_least_recently_used_document_when_full()
    {
        var cache = new DocumentCache(2);
        var a = Prepared("{ a }");
        cache.Add("{ a }", a);
        cache.Add("{ b }", Prepared("{ b }"));
        cache.TryGet("{ a }", out _);

        cache.Add("{ c }", Prepared("{ c }"));

        cache.Count.Should().Be(2);
        cache.TryGet("{ b }", out _).Should().BeFalse();
        cache.TryGet("{ a }", out var kept).Should().BeTrue();
        kept.Should().BeSameAs(a);
        cache.TryGet("{ c }", out _).Should().BeTrue();
    }

    [Fact]
    public async Task Concurrent_requests_for_the_same_document_all_succeed()
    {
        var executor = new GraphQLRequestExecutor(Schema(), new GraphQLRequestOptions { DocumentCacheSize = 4 });

        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
            Task.Run(() => executor.ExecuteAsync(new GraphQLRequest($"{{ greet(name: \"{i % 8}\") }}"), Cancellation), Cancellation)));

        results.Should().OnlyContain(result => result.Status == GraphQLRequestStatus.Executed && result.Response.Errors.Count == 0);
        executor.CachedDocumentCount.Should().Be(4);
    }

    public static TheoryData<Action<GraphQLRequestOptions>, string> OutOfRangeOptions => new()
    {
        { options => options.MaxValidationErrors = 0, "MaxValidationErrors" },
        { options => options.MaxDepth = 0, "MaxDepth" },
        { options => options.MaxFields = -1, "MaxFields" },
        { options => options.MaxAliases = 0, "MaxAliases" },
        { options => options.MaxCost = 0, "MaxCost" },
        { options => options.DefaultListSize = 0, "DefaultListSize" },
        { options => options.ExecutionTimeout = TimeSpan.Zero, "ExecutionTimeout" },
        { options => options.DocumentCacheSize = -1, "DocumentCacheSize" },
        { options => options.MaxCachedDocumentLength = -1, "MaxCachedDocumentLength" },
    };

    [Theory]
    [MemberData(nameof(OutOfRangeOptions))]
    public void Options_out_of_range_are_refused_naming_the_option(Action<GraphQLRequestOptions> configure, string name)
    {
        var options = new GraphQLRequestOptions();
        configure(options);

        var act = () => new GraphQLRequestExecutor(Schema(), options);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be(name);
    }

    [Fact]
    public void No_limits_at_all_is_a_valid_configuration()
    {
        var options = new GraphQLRequestOptions { MaxDepth = null, MaxFields = null, MaxAliases = null, MaxCost = null, ExecutionTimeout = Timeout.InfiniteTimeSpan };

        var act = () => new GraphQLRequestExecutor(Schema(), options);

        act.Should().NotThrow();
    }

    private static PreparedDocument Prepared(string text) => new(Parser.Parse(text), []);

    private static GraphQLSchema Schema() => new SchemaBuilder()
        .AddSdl("""
            type Query { hello: String greet(name: String): String broken: String }
            type Mutation { bump: Int }
            """)
        .Resolve("Query", "hello", _ => "world")
        .Resolve("Query", "greet", context => $"hello, {context.Argument<string>("name")}")
        .Resolve("Query", "broken", _ => throw new InvalidOperationException("the disk is on fire"))
        .Resolve("Mutation", "bump", _ => 1)
        .Build();
}
