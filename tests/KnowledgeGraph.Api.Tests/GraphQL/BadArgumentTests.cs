using System.Text.RegularExpressions;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.Api.Tests.GraphQL;

public sealed partial class BadArgumentTests
{
    [Theory]
    [InlineData("""{ partners(city: "深圳", linkedTo: "武进", maxHops: -1) { hops } }""", "maxHops", "is -1; expected 1 to 6")]
    [InlineData("""{ paths(from: "陈金虎", to: "左丁", maxHops: 9) { length } }""", "maxHops", "is 9; expected 1 to 8")]
    [InlineData("""{ paths(from: "陈金虎", to: "陈金虎") { length } }""", "to", "names person:chen-jinhu")]
    [InlineData("""{ subgraph(refs: ["武进"], depth: 50) { truncated } }""", "depth", "is 50; expected 0 to 4")]
    [InlineData("""{ subgraph(refs: ["武进"], limit: 1000000000) { truncated } }""", "limit", "is 1000000000; expected 1 to 10000")]
    [InlineData("""{ subgraph(refs: []) { truncated } }""", "refs", "lists 0 references")]
    [InlineData("""{ relationships(ref: "武进", from: "2024", to: "2018") { totalCount } }""", "from", "is 2024, which is after 'to' (2018)")]
    [InlineData("""{ relationships(ref: "武进", first: 1001) { totalCount } }""", "first", "is 1001; expected 0 to 1000")]
    [InlineData("""{ relationships(ref: "武进", after: "not a cursor") { totalCount } }""", "after", "is not a cursor of this list")]
    [InlineData("""{ relationships(ref: "武进", role: "  ") { totalCount } }""", "role", "is empty")]
    [InlineData("""{ relationships(ref: "武进", types: []) { totalCount } }""", "types", "is an empty list")]
    [InlineData("""{ search(text: " - · . ") { score } }""", "text", "has nothing to search for")]
    [InlineData("""{ search(text: "武进", first: 0) { score } }""", "first", "is 0; expected 1 to 100")]
    [InlineData("""{ entities(first: -1) { totalCount } }""", "first", "is -1; expected 0 to 1000")]
    [InlineData("""{ entities(types: []) { totalCount } }""", "types", "is an empty list")]
    [InlineData("""{ entities(after: "%%%") { totalCount } }""", "after", "is not a cursor of this list")]
    [InlineData("""{ entity(ref: "武进") { relationships(first: 5000) { id } } }""", "first", "is 5000; expected 0 to 1000")]
    [InlineData("""{ entity(ref: "左丁") { ... on Person { positions(from: "2024", to: "2023") { id } } } }""", "from", "which is after 'to'")]
    public async Task A_bad_argument_is_a_user_input_error_that_names_it_and_says_what_is_allowed(string document, string argument, string problem)
    {
        var harness = await GraphQLHarness.SampleAsync();

        var error = await harness.ErrorAsync(document);

        error["message"].Text().Should().StartWith($"argument '{argument}'").And.Contain(problem);
        error["extensions"]!.Compact().Should().Be($$"""{"argument":"{{argument}}","code":"BAD_USER_INPUT"}""");
    }

    [Theory]
    [InlineData("Query", "search", "first", """{ search(text: "武进", first: {0}) { score } }""")]
    [InlineData("Query", "relationships", "first", """{ relationships(ref: "武进", first: {0}) { totalCount } }""")]
    [InlineData("Query", "partners", "maxHops", """{ partners(city: "深圳", linkedTo: "武进", maxHops: {0}) { hops } }""")]
    [InlineData("Query", "paths", "maxHops", """{ paths(from: "陈金虎", to: "左丁", maxHops: {0}) { length } }""")]
    [InlineData("Query", "paths", "first", """{ paths(from: "陈金虎", to: "左丁", first: {0}) { length } }""")]
    [InlineData("Query", "subgraph", "depth", """{ subgraph(refs: ["武进"], depth: {0}) { truncated } }""")]
    [InlineData("Query", "subgraph", "limit", """{ subgraph(refs: ["武进"], limit: {0}) { truncated } }""")]
    [InlineData("Query", "entities", "first", """{ entities(first: {0}) { totalCount } }""")]
    [InlineData("Entity", "relationships", "first", """{ entity(ref: "武进") { relationships(first: {0}) { id } } }""")]
    public async Task The_bounds_an_argument_documents_are_the_bounds_it_accepts(string typeName, string fieldName, string argumentName, string template)
    {
        var harness = await GraphQLHarness.SampleAsync();
        var description = ((GraphQLFieldsType)harness.Schema.GetType(typeName)!).Field(fieldName)!.Argument(argumentName)!.Description!;
        var bounds = Bounds().Match(description);
        bounds.Success.Should().BeTrue("the description of {0}.{1}({2}) should state its bounds: {3}", typeName, fieldName, argumentName, description);
        var min = int.Parse(bounds.Groups["min"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var max = int.Parse(bounds.Groups["max"].Value, System.Globalization.CultureInfo.InvariantCulture);

        var responses = await Task.WhenAll(new[] { min, max, min - 1, max + 1 }.Select(value =>
            harness.RunAsync(template.Replace("{0}", value.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))));

        responses[0]["errors"].Should().BeNull("{0} is the documented minimum", min);
        responses[1]["errors"].Should().BeNull("{0} is the documented maximum", max);
        responses[2]["errors"]![0]!["extensions"]!["argument"].Text().Should().Be(argumentName);
        responses[3]["errors"]![0]!["extensions"]!["argument"].Text().Should().Be(argumentName);
    }

    [GeneratedRegex(@"(?<min>\d+) to (?<max>\d+)")]
    private static partial Regex Bounds();
}
