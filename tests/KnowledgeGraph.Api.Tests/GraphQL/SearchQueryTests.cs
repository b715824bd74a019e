namespace KnowledgeGraph.Api.Tests.GraphQL;

public sealed class SearchQueryTests
{
    [Fact]
    public async Task An_exact_name_ranks_before_a_prefix_with_the_name_that_matched()
    {
        var harness = await GraphQLHarness.SampleAsync();

        var data = await harness.DataAsync("""{ search(text: "武进") { entity { id } score matched } }""");

        var hits = data["search"]!.AsArray();
        hits.Select(hit => hit!["entity"]!["id"].Text()).Should().Equal("place:wujin", "park:wujin-hi-tech");
        hits.Select(hit => hit!["matched"].Text()).Should().Equal("武进", "武进高新区");
        hits[0]!["score"]!.GetValue<double>().Should().Be(1);
        hits[1]!["score"]!.GetValue<double>().Should().BeApproximately(0.72, 1e-9, "a prefix scores 0.6 + 0.3 × 2/5");
    }

    [Fact]
    public async Task English_names_match_whatever_their_case_and_spaces()
    {
        var harness = await GraphQLHarness.SampleAsync();

        var data = await harness.DataAsync("""{ search(text: "SHENZHEN") { entity { id } matched } }""");

        data["search"]!.Compact().Should().Be(
            """[{"entity":{"id":"place:shenzhen"},"matched":"Shenzhen"},{"entity":{"id":"org:shenzhen-lab"},"matched":"Shenzhen Bay Laboratory"}]""");
    }

    [Fact]
    public async Task Types_and_first_narrow_the_hits()
    {
        var harness = await GraphQLHarness.SampleAsync();

        var data = await harness.DataAsync("""
            {
              institutes: search(text: "深圳", types: [RESEARCH_INSTITUTE]) { entity { id } }
              best: search(text: "深圳", first: 1) { entity { id } }
            }
            """);

        data["institutes"]!.Compact().Should().Be("""[{"entity":{"id":"org:shenzhen-lab"}}]""");
        data["best"]!.Compact().Should().Be("""[{"entity":{"id":"place:shenzhen"}}]""");
    }

    [Fact]
    public async Task Text_that_matches_nothing_gives_no_hits()
    {
        var harness = await GraphQLHarness.SampleAsync();

        var data = await harness.DataAsync("""{ search(text: "火星") { entity { id } } }""");

        data["search"]!.AsArray().Should().BeEmpty();
    }
}
