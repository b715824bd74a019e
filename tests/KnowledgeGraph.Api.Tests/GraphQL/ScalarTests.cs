namespace KnowledgeGraph.Api.Tests.GraphQL;

public sealed class ScalarTests
{
    [Theory]
    [InlineData("2024-13", "month 13")]
    [InlineData("2023-02-30", "day 30")]
    [InlineData("24-10", "expected yyyy, yyyy-MM or yyyy-MM-dd")]
    [InlineData("", "empty")]
    public async Task A_malformed_date_in_a_variable_is_refused_with_the_variable_and_the_reason(string date, string reason)
    {
        var harness = await GraphQLHarness.SampleAsync();

        var error = await harness.ErrorAsync(
            """query($from: PartialDate) { relationships(ref: "武进", from: $from) { totalCount } }""",
            new Dictionary<string, object?> { ["from"] = date });

        error["message"].Text().Should().Contain("$from").And.Contain("Invalid PartialDate").And.Contain(reason);
        error["extensions"]!["code"].Text().Should().Be("BAD_USER_INPUT");
    }

    [Theory]
    [InlineData("""{ relationships(ref: "武进", to: "2024-13") { totalCount } }""", "to")]
    [InlineData("""{ subgraph(refs: ["武进"], from: "yesterday") { truncated } }""", "from")]
    [InlineData("""{ partners(city: "深圳", linkedTo: "武进", from: 2024) { hops } }""", "from")]
    public async Task A_malformed_date_literal_is_refused_naming_the_argument(string document, string argument)
    {
        var harness = await GraphQLHarness.SampleAsync();

        var error = await harness.ErrorAsync(document);

        error["message"].Text().Should().Contain($"\"{argument}\"");
        error["extensions"]!["code"].Text().Should().Be("BAD_USER_INPUT");
    }

    [Fact]
    public async Task Dates_are_written_at_the_precision_they_are_known()
    {
        var harness = await GraphQLHarness.SampleAsync();

        var data = await harness.DataAsync("""
            { relationships(ref: "陈金虎", types: [LED_DELEGATION]) { edges { node { date validFrom validTo } } } }
            """);

        data["relationships"]!["edges"]![0]!["node"]!.Compact().Should().Be("""{"date":"2024-10-22","validFrom":null,"validTo":null}""");
    }

    [Fact]
    public async Task A_date_variable_at_year_precision_counts_as_the_whole_year()
    {
        var harness = await GraphQLHarness.SampleAsync();

        var data = await harness.DataAsync(
            """query($from: PartialDate, $to: PartialDate) { relationships(ref: "常州", role: "市委书记", from: $from, to: $to) { edges { node { id } } } }""",
            new Dictionary<string, object?> { ["from"] = "2018", ["to"] = "2018" });

        data["relationships"]!["edges"]!.Compact().Should().Be("""[{"node":{"id":"rel:wang-secretary"}}]""");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task An_empty_reference_variable_is_refused_as_such(string reference)
    {
        var harness = await GraphQLHarness.SampleAsync();

        var error = await harness.ErrorAsync("query($ref: EntityRef!) { entity(ref: $ref) { id } }", new Dictionary<string, object?> { ["ref"] = reference });

        error["message"].Text().Should().Contain("$ref").And.Contain("Invalid EntityRef: it is empty");
        error["extensions"]!["code"].Text().Should().Be("BAD_USER_INPUT");
    }

    [Theory]
    [InlineData("""{ entity(ref: "  ") { id } }""")]
    [InlineData("""{ entity(ref: 42) { id } }""")]
    public async Task A_reference_literal_that_is_empty_or_not_a_string_is_refused_naming_the_argument(string document)
    {
        var harness = await GraphQLHarness.SampleAsync();

        var error = await harness.ErrorAsync(document);

        error["message"].Text().Should().Contain("\"ref\"");
        error["extensions"]!["code"].Text().Should().Be("BAD_USER_INPUT");
    }

    [Fact]
    public async Task A_reference_variable_that_is_not_a_string_is_refused()
    {
        var harness = await GraphQLHarness.SampleAsync();

        var error = await harness.ErrorAsync("query($ref: EntityRef!) { entity(ref: $ref) { id } }", new Dictionary<string, object?> { ["ref"] = 42 });

        error["message"].Text().Should().Contain("$ref").And.Contain("EntityRef cannot represent a non-string value");
    }
}
