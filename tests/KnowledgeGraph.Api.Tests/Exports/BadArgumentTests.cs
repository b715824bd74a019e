using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Api.Tests.Exports;

public sealed class BadArgumentTests
{
    /// <summary>A person whose name is also an alias of the company org:aac, so that 瑞声 names two entities.</summary>
    private static readonly GraphChangeSet NameClash = new() { UpsertEntities = [new Entity("person:rui-sheng", "PERSON", "瑞声")] };

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, string> Cases => new()
    {
        { "", "refs", "expected 1 to 100" },
        { "depth=1", "refs", "expected 1 to 100" },
        { "refs=", "refs[0]", "is empty" },
        { "refs=place:wujin&refs=nobody", "refs[1]", "no entity has the id, name or alias 'nobody'" },
        { "refs=%E7%91%9E%E5%A3%B0", "refs[0]", "org:aac, person:rui-sheng" },
        { "refs=place:wujin&depth=50", "depth", "is 50; expected 0 to 4" },
        { "refs=place:wujin&depth=-1", "depth", "expected 0 to 4" },
        { "refs=place:wujin&depth=two", "depth", "expected a whole number" },
        { "refs=place:wujin&depth=1&depth=2", "depth", "given 2 times" },
        { "refs=place:wujin&limit=1000000000", "limit", "expected 1 to 10000" },
        { "refs=place:wujin&limit=99999999999", "limit", "expected a whole number" },
        { "refs=place:wujin&limit=0", "limit", "expected 1 to 10000" },
        { "refs=place:wujin&from=2024-13", "from", "has month 13" },
        { "refs=place:wujin&to=yesterday", "to", "expected yyyy, yyyy-MM or yyyy-MM-dd" },
        { "refs=place:wujin&from=2023-02-30", "from", "2023-02 does not have" },
        { "refs=place:wujin&from=2025&to=2024", "from", "after 'to'" },
        { "refs=place:wujin&types=FLIES_TO", "types", "'FLIES_TO', which is no relationship type" },
        { "refs=place:wujin&types=PART_OF,,MET", "types", "empty type name" },
        { "refs=place:wujin&types=", "types", "empty type name" },
        { "refs=place:wujin&dept=2", "dept", "is not an argument of subgraph" },
        { "refs=place:wujin&formulas=keep", "formulas", "is not an argument of subgraph; expected refs, depth, types, from, to, limit" },
    };

    public static TheoryData<string, string, string> CsvCases => new()
    {
        { "subgraph.nodes.csv", "formulas=yes", "is 'yes'; expected escape" },
        { "subgraph.edges.csv", "formulas=yes", "or keep" },
        { "subgraph.nodes.csv", "formulas=KEEP", "is 'KEEP'; expected escape" },
        { "subgraph.edges.csv", "formulas=", "is ''; expected escape" },
        { "subgraph.nodes.csv", "formulas=keep&formulas=escape", "given 2 times" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_bad_argument_is_a_400_problem_naming_the_argument_and_why(string query, string argument, string why)
    {
        await using var factory = await ExportTestGraph.StartAsync(extra: NameClash);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync($"/export/subgraph.gexf?{query}", Cancellation);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        response.Content.Headers.ContentDisposition.Should().BeNull();
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        problem.GetProperty("status").GetInt32().Should().Be(400);
        problem.GetProperty("argument").GetString().Should().Be(argument);
        problem.GetProperty("detail").GetString().Should().Contain($"'{argument}'").And.Contain(why);
        problem.GetProperty("errors").GetProperty(argument).EnumerateArray().Select(e => e.GetString()).Should().ContainSingle()
            .Which.Should().Contain(why);
    }

    [Theory]
    [MemberData(nameof(CsvCases))]
    public async Task A_bad_formulas_switch_of_a_csv_export_is_a_400_problem_that_says_what_it_may_be(string file, string formulas, string why)
    {
        await using var factory = await ExportTestGraph.StartAsync();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync($"/export/{file}?refs=place:wujin&{formulas}", Cancellation);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        problem.GetProperty("argument").GetString().Should().Be("formulas");
        problem.GetProperty("detail").GetString().Should().Contain("'formulas'").And.Contain(why);
    }

    [Theory]
    [InlineData("subgraph.nodes.csv")]
    [InlineData("subgraph.edges.csv")]
    public async Task An_unknown_argument_of_a_csv_export_lists_formulas_among_those_expected(string file)
    {
        await using var factory = await ExportTestGraph.StartAsync();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync($"/export/{file}?refs=place:wujin&formula=keep", Cancellation);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        problem.GetProperty("argument").GetString().Should().Be("formula");
        problem.GetProperty("detail").GetString().Should().EndWith("expected refs, depth, types, from, to, limit, formulas");
    }

    [Fact]
    public async Task An_ambiguous_reference_lists_the_ids_to_choose_from()
    {
        await using var factory = await ExportTestGraph.StartAsync(extra: NameClash);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync($"/export/subgraph.json?{ExportTestGraph.Refs("瑞声")}", Cancellation);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        problem.GetProperty("candidates").EnumerateArray().Select(e => e.GetString()).Should().Equal("org:aac", "person:rui-sheng");
    }

    [Theory]
    [InlineData("subgraph.json")]
    [InlineData("subgraph.nodes.csv")]
    [InlineData("subgraph.edges.csv")]
    [InlineData("subgraph.graphml")]
    public async Task Every_export_refuses_bad_arguments_the_same_way(string file)
    {
        await using var factory = await ExportTestGraph.StartAsync();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync($"/export/{file}?refs=place:wujin&depth=50", Cancellation);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("argument").GetString().Should().Be("depth");
    }
}
