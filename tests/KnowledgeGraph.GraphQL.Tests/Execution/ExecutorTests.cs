using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Tests.Execution;

public sealed class ExecutorTests
{
    private static string Q(string json) => json.Replace('\'', '"');

    [Fact]
    public async Task Fragments_inline_fragments_and_skip_include_select_fields_in_document_order()
    {
        const string query = """
            query ($show: Boolean!) {
              entity(id: "person:1") {
                ...Named @include(if: $show)
                ... on Person { place { name } }
                ... on Place { population }
                ... @skip(if: true) { id }
                id @skip(if: false)
              }
            }
            fragment Named on Entity { name }
            """;

        var json = await TestSchema.ExecuteToJsonAsync(query, new Dictionary<string, object?> { ["show"] = true });

        json.Should().Be(Q("{'data':{'entity':{'name':'张三','place':{'name':'常州'},'id':'person:1'}}}"));
    }

    [Fact]
    public async Task Abstract_types_resolve_to_their_runtime_object_types()
    {
        const string query = "{ search(text: \"武\", first: 5) { __typename ... on Place { population } ... on Located { place { name } } } }";

        var json = await TestSchema.ExecuteToJsonAsync(query);

        json.Should().Be(Q("{'data':{'search':[{'__typename':'Place','population':1600000}]}}"));
    }

    [Fact]
    public async Task Argument_defaults_and_list_defaults_reach_the_resolver()
    {
        var schema = TestSchema.Create(builder => builder.Resolve("Root", "echo", context => TestSchema.Describe(context.Arguments)));

        var json = await TestSchema.ExecuteToJsonAsync("{ echo(filter: {names: \"a\"}, when: \"2024-10-22\") }", schema: schema);

        json.Should().Be(Q("{'data':{'echo':'{filter: {kind: \\'PERSON\\', names: [\\'a\\']}, when: date:2024-10-22}'}}"));
    }

    [Fact]
    public async Task Mutation_fields_run_one_after_another()
    {
        var log = new List<string>();
        var schema = new SchemaBuilder()
            .Object("Query", type => type.Field("ok", "Boolean"))
            .Object("Mutation", type => type.Field("step", "Int", field => field.Argument("n", "Int!").Resolve(async context =>
            {
                var n = context.Argument<int>("n");
                lock (log) { log.Add($"start {n}"); }
                await Task.Yield();
                lock (log) { log.Add($"end {n}"); }
                return n;
            })))
            .Build();

        var result = await TestSchema.ExecuteAsync("mutation { a: step(n: 1) b: step(n: 2) c: step(n: 3) }", schema: schema);

        result.Data.Should().Equal(new Dictionary<string, object?> { ["a"] = 1, ["b"] = 2, ["c"] = 3 });
        log.Should().Equal("start 1", "end 1", "start 2", "end 2", "start 3", "end 3");
    }

    [Fact]
    public async Task Query_fields_run_concurrently_yet_results_keep_document_order()
    {
        var secondStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = new SchemaBuilder()
            .Object("Query", type => type
                .Field("first", "String", field => field.Resolve(async context =>
                {
                    await secondStarted.Task.WaitAsync(TimeSpan.FromSeconds(30), context.CancellationToken);
                    return "first";
                }))
                .Field("second", "String", field => field.Resolve(_ =>
                {
                    secondStarted.SetResult();
                    return "second";
                })))
            .Build();

        var json = await TestSchema.ExecuteToJsonAsync("{ first second }", schema: schema);

        json.Should().Be(Q("{'data':{'first':'first','second':'second'}}"));
    }

    [Fact]
    public async Task Cancellation_abandons_the_request()
    {
        using var cancellation = new CancellationTokenSource();
        var schema = new SchemaBuilder()
            .Object("Query", type => type.Field("slow", "String", field => field.Resolve(async context =>
            {
                await cancellation.CancelAsync();
                await Task.Delay(Timeout.Infinite, context.CancellationToken);
                return "never";
            })))
            .Build();

        var execute = () => Executor.ExecuteAsync(new ExecutionArgs(schema, TestSchema.Parse("{ slow }")), cancellation.Token);

        await execute.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task Unexpected_resolver_exceptions_are_hidden_and_reported_to_the_host()
    {
        var observed = new List<Exception>();
        var schema = FailingSchema();

        var result = await TestSchema.ExecuteAsync("{ broken }", schema: schema, options: new ExecutionOptions { OnUnexpectedError = (exception, _) => observed.Add(exception) });

        var error = result.Errors.Should().ContainSingle().Which;
        error.Message.Should().Be("Unexpected error.");
        error.Code.Should().Be(ErrorCodes.InternalServerError);
        error.Path.Should().Equal("broken");
        observed.Should().ContainSingle().Which.Message.Should().Be("connection string secret=42");
    }

    [Fact]
    public async Task Unexpected_resolver_exception_messages_are_shown_when_the_option_says_so()
    {
        var result = await TestSchema.ExecuteAsync("{ broken }", schema: FailingSchema(), options: new ExecutionOptions { ExposeExceptionMessages = true });

        result.Errors.Should().ContainSingle().Which.Message.Should().Be("connection string secret=42");
    }

    [Fact]
    public async Task Client_facing_exceptions_keep_their_message_and_code()
    {
        var json = await TestSchema.ExecuteToJsonAsync("{ refused ok }", schema: FailingSchema());

        json.Should().Be(Q("{'errors':[{'message':'Ambiguous reference: place:wujin, org:wujin','locations':[{'line':1,'column':3}]," +
            "'path':['refused'],'extensions':{'code':'AMBIGUOUS_REFERENCE'}}],'data':{'refused':null,'ok':true}}"));
    }

    [Theory]
    [InlineData("query A { ok } query B { ok }", null, "Must provide operation name if query contains multiple operations.")]
    [InlineData("query A { ok }", "B", "Unknown operation named \"B\".")]
    [InlineData("fragment F on Query { ok }", null, "Must provide an operation.")]
    public async Task The_operation_to_run_must_be_identifiable(string document, string? operationName, string message)
    {
        var result = await Executor.ExecuteAsync(FailingSchema(), TestSchema.Parse(document), operationName, cancellationToken: TestContext.Current.CancellationToken);

        result.HasData.Should().BeFalse();
        var error = result.Errors.Should().ContainSingle().Which;
        error.Message.Should().Be(message);
        error.Code.Should().Be(ErrorCodes.OperationResolutionFailure);
    }

    [Fact]
    public async Task A_mutation_against_a_schema_without_mutations_is_a_request_error()
    {
        var json = await TestSchema.ExecuteToJsonAsync("mutation { ok }", schema: FailingSchema());

        json.Should().Be(Q("{'errors':[{'message':'Schema is not configured to execute mutation operation.','locations':[{'line':1,'column':1}],'extensions':{'code':'OPERATION_RESOLUTION_FAILURE'}}]}"));
    }

    [Theory]
    [InlineData("{ ok unknownField }", "{'data':{'ok':true}}")]
    [InlineData("{ ...Loop } fragment Loop on Query { ok ...Loop }", "{'data':{'ok':true}}")]
    [InlineData("{ ...Missing ok }", "{'data':{'ok':true}}")]
    [InlineData("{ ok { nested } }", "{'data':{'ok':true}}")]
    public async Task Unvalidated_documents_never_crash_execution(string query, string expected)
    {
        var json = await TestSchema.ExecuteToJsonAsync(query, schema: FailingSchema());

        json.Should().Be(Q(expected));
    }

    [Fact]
    public async Task An_abstract_value_without_a_known_type_is_a_field_error()
    {
        var schema = new SchemaBuilder()
            .Interface("Thing", type => type.Field("id", "ID"))
            .Object("Widget", type => type.Implements("Thing").Field("id", "ID"))
            .Object("Query", type => type.Field("thing", "Thing", field => field.Resolve(_ => new Dictionary<string, object?> { ["id"] = "1" })))
            .Build();

        var result = await TestSchema.ExecuteAsync("{ thing { id } }", schema: schema);

        result.Errors.Should().ContainSingle().Which.Message.Should().StartWith(
            "Abstract type \"Thing\" must resolve to an Object type at runtime for field \"Query.thing\".");
    }

    private static GraphQLSchema FailingSchema() => new SchemaBuilder()
        .Object("Query", type => type
            .Field("ok", "Boolean", field => field.Resolve(_ => true))
            .Field("broken", "String", field => field.Resolve(_ => throw new InvalidOperationException("connection string secret=42")))
            .Field("refused", "String", field => field.Resolve(_ => throw new GraphQLException("Ambiguous reference: place:wujin, org:wujin", "AMBIGUOUS_REFERENCE"))))
        .Build();
}
