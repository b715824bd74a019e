using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Tests.Execution;

/// <summary>The cost model: sizes from literals, defaults and variables; cost descriptors; the refusal and what it says.</summary>
public sealed class OperationCostTests
{
    private static readonly GraphQLSchema Schema = BuildSchema(out _);

    [Theory]
    [InlineData("{ untyped { id } }", 10 * 2)]
    [InlineData("{ item { id tags } }", 1 + 1 + 10)]
    [InlineData("{ item { children(first: 3) { children { id } } } }", 1 + (3 * (1 + (100 * 2))))]
    [InlineData("{ __schema { types { fields { name } } } }", 4)]
    public void Each_field_costs_one_per_item_of_the_lists_around_it(string query, long cost)
    {
        Estimate(query).Should().Be(cost);
    }

    [Theory]
    [InlineData("{ items(first: 3) { id } }", 3 * 2)]
    [InlineData("{ items { id } }", 100 * 2)]
    [InlineData("{ items(first: null) { id } }", 100 * 2)]
    [InlineData("{ items(limit: 500) { id } }", 500 * 2)]
    [InlineData("{ items(first: 0) { id } }", 1 * 2)]
    public void A_list_holds_as_many_items_as_its_size_argument_says_or_its_schema_default(string query, long cost)
    {
        Estimate(query).Should().Be(cost);
    }

    [Fact]
    public void A_size_argument_given_as_a_variable_counts_with_the_variables_value()
    {
        const string query = "query ($n: Int) { items(first: $n) { id } }";

        Estimate(query, new Dictionary<string, object?> { ["n"] = 1000 }).Should().Be(1000 * 2);
        Estimate(query).Should().Be(100 * 2, "a variable left out leaves the argument to its default");
    }

    [Fact]
    public void A_variables_default_counts_when_the_variable_is_left_out()
    {
        Estimate("query ($n: Int = 7) { items(first: $n) { id } }").Should().Be(7 * 2);
    }

    [Fact]
    public void A_connections_size_argument_sizes_its_edges()
    {
        // connection 1, total 1, edges 30 × (1 + id).
        Estimate("{ connection(first: 30) { total edges { id } } }").Should().Be(1 + 1 + (30 * 2));
    }

    [Fact]
    public void Work_arguments_multiply_the_weight_of_each_item()
    {
        // 4 walks, each weighing 10 per level of depth, plus its id.
        Estimate("{ walk(depth: 3, first: 4) { id } }").Should().Be(4 * ((10 * 3) + 1));
        Estimate("{ walk { id } }").Should().Be(5 * ((10 * 2) + 1), "both arguments take their defaults");
    }

    [Fact]
    public void An_assumed_size_stands_for_a_list_that_only_the_data_bounds()
    {
        Estimate("{ catalogue { id } }").Should().Be(1000 * 2);
    }

    [Fact]
    public void One_fragment_spread_under_differently_sized_parents_is_measured_for_each()
    {
        const string query = """
            { a: connection(first: 2) { ...Edges } b: connection(first: 5) { ...Edges } }
            fragment Edges on Connection { edges { id } }
            """;

        Estimate(query).Should().Be((1 + (2 * 2)) + (1 + (5 * 2)));
    }

    [Fact]
    public async Task An_operation_over_the_maximum_is_refused_before_any_resolver_runs_naming_the_argument_to_lower()
    {
        var schema = BuildSchema(out var resolutions);

        var result = await Execute(schema, "{ items { children { children { id } } } }", maxCost: 1000);

        resolutions.Count.Should().Be(0);
        result.HasData.Should().BeFalse();
        // items 100 × (1 + children 100 × (1 + children 100 × (1 + id))).
        var error = result.Errors.Should().ContainSingle().Subject;
        error.Message.Should().Be(
            "The anonymous operation has an estimated cost of 2010100, more than the maximum of 1000. Lower \"first\" of \"items\" (100 by default) to cut it most.");
        error.Locations.Should().Equal(new SourceLocation(1, 1));
        ResponseWriter.ToJson(ExecutionResult.FromErrors([error with { Message = string.Empty }])).Should().Be(
            """{"errors":[{"message":"","locations":[{"line":1,"column":1}],"extensions":{"code":"MAX_COST_EXCEEDED","cost":2010100,"maxCost":1000,"path":["items"],"argument":"first"}}]}""");
    }

    [Fact]
    public async Task The_refusal_says_which_variable_gave_the_size()
    {
        var variables = new Dictionary<string, object?> { ["n"] = 5000 };

        var result = await Execute(Schema, "query Big($n: Int) { item { children(first: $n) { id } } }", maxCost: 1000, variables);

        result.Errors.Should().ContainSingle().Which.Message.Should().Be(
            "Operation \"Big\" has an estimated cost of 10001, more than the maximum of 1000. Lower \"first\" of \"item.children\" ($n = 5000) to cut it most.");
    }

    [Fact]
    public async Task The_refusal_adds_up_aliases_of_one_field_and_names_the_work_argument_when_it_weighs_most()
    {
        var aliases = string.Join(' ', Enumerable.Range(0, 3).Select(index => $"w{index}: walk(depth: 8, first: 2) {{ id }}"));

        var result = await Execute(Schema, $"{{ {aliases} }}", maxCost: 400);

        // Each alias: 2 × (10 × 8 + 1) = 162. Depth 8 → 1 saves 2 × 80 × 7/8 = 140 of it, first 2 → 1 saves 81.
        result.Errors.Should().ContainSingle().Which.Message.Should().Be(
            "The anonymous operation has an estimated cost of 486, more than the maximum of 400. Lower \"depth\" of \"walk\" (8, in 3 selections) to cut it most.");
    }

    [Fact]
    public async Task A_size_that_a_parent_gives_its_edges_is_lowered_at_the_parent()
    {
        var result = await Execute(Schema, "{ connection(first: 500) { edges { id } } }", maxCost: 100);

        result.Errors.Should().ContainSingle().Which.Message.Should().EndWith("Lower \"first\" of \"connection\" (500) to cut it most.");
    }

    [Fact]
    public async Task An_operation_within_the_maximum_runs()
    {
        var result = await Execute(Schema, "{ items(first: 2) { id } }", maxCost: 4);

        result.Errors.Should().BeEmpty();
        ResponseWriter.ToJson(result).Should().Be("""{"data":{"items":[{"id":"1"},{"id":"2"}]}}""");
    }

    [Fact]
    public async Task A_fragment_cycle_in_an_unvalidated_document_ends_the_measure()
    {
        var result = await Execute(Schema, "{ item { ...A } }\nfragment A on Item { id children { ...A } }", maxCost: 1);

        result.Errors.Should().ContainSingle().Which.Code.Should().Be(ErrorCodes.MaxCostExceeded);
    }

    [Fact]
    public void Limits_below_one_are_refused()
    {
        var maxCost = () => new ExecutionOptions { MaxCost = 0 };
        var listSize = () => new ExecutionOptions { DefaultListSize = 0 };

        maxCost.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("MaxCost");
        listSize.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("DefaultListSize");
    }

    public static TheoryData<FieldCost, string> BadDescriptors() => new()
    {
        { new FieldCost { SizeArguments = ["size"] }, "The cost of Query.items names the argument \"size\", which the field does not have." },
        { new FieldCost { WorkArguments = ["name"] }, "The cost of Query.items counts by the argument \"name\", which must be of type Int, not String." },
        { new FieldCost { Weight = 0 }, "The cost weight of Query.items is 0; it must be at least 1." },
        { new FieldCost { AssumedSize = -1 }, "The assumed size of Query.items is -1; it must not be negative." },
        { new FieldCost { SizeArguments = ["first"], SizedFields = ["missing"] }, "The cost of Query.items sizes the field \"missing\", which Item does not have." },
        { new FieldCost { SizeArguments = ["first"], SizedFields = ["id"] }, "The cost of Query.items sizes Item.id, which returns ID!, not a list." },
        { new FieldCost { SizedFields = ["tags"] }, "The cost of Query.items names sized fields but neither size arguments nor an assumed size to give them." },
    };

    [Theory]
    [MemberData(nameof(BadDescriptors))]
    public void A_cost_descriptor_that_names_what_the_field_lacks_fails_the_schema_build(FieldCost cost, string message)
    {
        var build = () => new SchemaBuilder()
            .Object("Query", type => type.Field("items", "[Item!]!", field => field
                .Argument("first", "Int")
                .Argument("name", "String")
                .Cost(cost)))
            .Object("Item", type => type.Field("id", "ID!").Field("tags", "[String!]!"))
            .Build();

        build.Should().Throw<SchemaBuildException>().Which.Errors.Should().Contain(message);
    }

    [Fact]
    public void Bounding_the_size_of_a_field_that_returns_no_list_fails_the_schema_build()
    {
        var build = () => new SchemaBuilder()
            .Object("Query", type => type.Field("count", "Int", field => field.Argument("first", "Int").Cost(new FieldCost { SizeArguments = ["first"] })))
            .Build();

        build.Should().Throw<SchemaBuildException>().Which.Errors.Should().Contain(
            "The cost of Query.count bounds the size of a list, but the field returns Int; name the sized list fields of its type.");
    }

    private static long Estimate(string query, IReadOnlyDictionary<string, object?>? variables = null) =>
        OperationCost.Estimate(Schema, Parser.Parse(query), variableValues: variables);

    private static Task<ExecutionResult> Execute(GraphQLSchema schema, string query, int maxCost, IReadOnlyDictionary<string, object?>? variables = null) =>
        Executor.ExecuteAsync(
            new ExecutionArgs(schema, Parser.Parse(query)) { VariableValues = variables, Options = new ExecutionOptions { MaxCost = maxCost } },
            TestContext.Current.CancellationToken);

    /// <summary>Lists of every kind of bound; <paramref name="resolutions"/> records each field resolved.</summary>
    private static GraphQLSchema BuildSchema(out List<string> resolutions)
    {
        var resolved = new List<string>();
        resolutions = resolved;
        IReadOnlyList<Dictionary<string, object?>> Items(string field, int count)
        {
            lock (resolved)
            {
                resolved.Add(field);
            }

            return [.. Enumerable.Range(1, count).Select(index => new Dictionary<string, object?> { ["id"] = $"{index}" })];
        }

        return new SchemaBuilder()
            .Object("Query", type => type
                .Field("items", "[Item!]!", field => field
                    .Argument("first", "Int", argument => argument.DefaultValue(100))
                    .Argument("limit", "Int")
                    .Cost(new FieldCost { SizeArguments = ["first", "limit"] })
                    .Resolve(context => Items("items", context.Argument<int?>("first") ?? 100)))
                .Field("connection", "Connection!", field => field
                    .Argument("first", "Int", argument => argument.DefaultValue(20))
                    .Cost(new FieldCost { SizeArguments = ["first"], SizedFields = ["edges"] }))
                .Field("walk", "[Item!]!", field => field
                    .Argument("depth", "Int", argument => argument.DefaultValue(2))
                    .Argument("first", "Int", argument => argument.DefaultValue(5))
                    .Cost(new FieldCost { Weight = 10, WorkArguments = ["depth"], SizeArguments = ["first"] }))
                .Field("catalogue", "[Item!]!", field => field.Cost(new FieldCost { AssumedSize = 1000 }))
                .Field("untyped", "[Item!]!")
                .Field("item", "Item", field => field.Resolve(_ => Items("item", 1)[0])))
            .Object("Item", type => type
                .Field("id", "ID!")
                .Field("tags", "[String!]!")
                .Field("children", "[Item!]!", field => field
                    .Argument("first", "Int", argument => argument.DefaultValue(100))
                    .Cost(new FieldCost { SizeArguments = ["first"] })))
            .Object("Connection", type => type.Field("total", "Int!").Field("edges", "[Item!]!"))
            .Build();
    }
}
