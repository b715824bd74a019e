namespace KnowledgeGraph.Api.Tests.GraphQL;

public sealed class CatalogueQueryTests
{
    [Fact]
    public async Task Stats_count_entities_relationships_and_sources_by_type()
    {
        var harness = await GraphQLHarness.SampleAsync();

        var data = await harness.DataAsync("{ stats { entities relationships sources byEntityType { type count } byRelationType { type count } } }");

        var stats = data["stats"]!;
        stats["entities"]!.GetValue<int>().Should().Be(16);
        stats["relationships"]!.GetValue<int>().Should().Be(19);
        stats["sources"]!.GetValue<int>().Should().Be(2);
        stats["byEntityType"]!.AsArray().Select(count => count!.Compact()).Should().Contain("""{"type":"CITY","count":2}""");
        stats["byRelationType"]!.AsArray().Select(count => count!.Compact()).Should().Contain("""{"type":"HOLDS_POSITION","count":3}""");
    }

    [Fact]
    public async Task Entities_are_listed_by_id_a_page_at_a_time()
    {
        var harness = await GraphQLHarness.SampleAsync();
        const string Page = """
            query($after: String) { entities(types: [CITY, DISTRICT], first: 2, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }
            """;

        var first = (await harness.DataAsync(Page))["entities"]!;
        var second = (await harness.DataAsync(Page, new Dictionary<string, object?> { ["after"] = first["pageInfo"]!["endCursor"].Text() }))["entities"]!;

        first["edges"]!.AsArray().Select(edge => edge!["node"]!["id"].Text()).Should().Equal("place:changzhou", "place:nanshan");
        first["pageInfo"]!["hasNextPage"]!.GetValue<bool>().Should().BeTrue();
        first["totalCount"]!.GetValue<int>().Should().Be(4);
        second["edges"]!.AsArray().Select(edge => edge!["node"]!["id"].Text()).Should().Equal("place:shenzhen", "place:wujin");
        second["pageInfo"]!["hasNextPage"]!.GetValue<bool>().Should().BeFalse();
    }

    [Fact]
    public async Task All_entities_are_counted_when_no_type_is_given()
    {
        var harness = await GraphQLHarness.SampleAsync();

        var data = await harness.DataAsync("{ entities(first: 1) { totalCount edges { node { id __typename } } } }");

        data["entities"]!.Compact().Should().Be("""{"totalCount":16,"edges":[{"node":{"id":"event:2024-shenzhen-trip","__typename":"Event"}}]}""");
    }

    [Fact]
    public async Task Sources_are_listed_by_id_and_found_one_by_one()
    {
        var harness = await GraphQLHarness.SampleAsync();

        var data = await harness.DataAsync("""
            {
              sources { id }
              source(id: "source:a2018") { id title outlet publishedOn }
              missing: source(id: "source:none") { id }
            }
            """);

        data["sources"].Strings("id").Should().Equal("source:a2018", "source:a2024");
        data["source"]!.Compact().Should().Be("""{"id":"source:a2018","title":"汪泉率团赴北京","outlet":"常州日报","publishedOn":"2018-11"}""");
        data["missing"].Should().BeNull();
    }
}
