using System.Text.Json.Nodes;

namespace KnowledgeGraph.Api.Tests.GraphQL;

public sealed class TraversalQueryTests
{
    [Fact]
    public async Task A_shenzhen_partner_of_wujin_comes_with_the_path_that_links_them_and_its_evidence()
    {
        var harness = await GraphQLHarness.SampleAsync();

        var data = await harness.DataAsync("""
            {
              partners(city: "深圳", linkedTo: "武进") {
                entity { id name }
                hops
                path { length nodes { id } relationships { type from { id } to { id } evidence { quote source { title } } } }
              }
            }
            """);

        var partner = data["partners"]!.AsArray().Should().ContainSingle().Subject!;
        partner["entity"]!.Compact().Should().Be("""{"id":"org:aac","name":"瑞声科技控股有限公司"}""");
        partner["hops"]!.GetValue<int>().Should().Be(1);
        var path = partner["path"]!;
        path["length"]!.GetValue<int>().Should().Be(3, "one linking relationship, then the containment chain up to Wujin");
        Ids(path["nodes"]).Should().Equal("org:aac", "org:aac-optics", "park:wujin-hi-tech", "place:wujin");
        path["relationships"]![0]!.Compact().Should().Be(
            """{"type":"INVESTED_IN","from":{"id":"org:aac"},"to":{"id":"org:aac-optics"},"evidence":[{"quote":"总投资20亿元","source":{"title":"陈金虎率团赴深圳开展经贸洽谈活动"}}]}""");
        path["relationships"]!.AsArray().Select(r => r!["type"].Text()).Should().Equal("INVESTED_IN", "LOCATED_IN", "PART_OF");
    }

    [Fact]
    public async Task Partners_can_be_limited_to_some_entity_types()
    {
        var harness = await GraphQLHarness.SampleAsync();

        var data = await harness.DataAsync("""{ partners(city: "深圳", linkedTo: "武进", types: [PERSON]) { entity { id } } }""");

        data["partners"]!.AsArray().Should().BeEmpty("the only partner is a company");
    }

    [Fact]
    public async Task Paths_come_shortest_first_each_with_its_nodes_and_relationships()
    {
        var harness = await GraphQLHarness.SampleAsync();

        var data = await harness.DataAsync("""{ paths(from: "陈金虎", to: "左丁", maxHops: 3) { length nodes { id } relationships { id } } }""");

        var paths = data["paths"]!.AsArray();
        paths.Select(path => path!["length"]!.GetValue<int>()).Should().Equal(1, 3);
        Ids(paths[0]!["nodes"]).Should().Equal("person:chen-jinhu", "person:zuo-ding");
        Ids(paths[1]!["nodes"]).Should().Equal("person:chen-jinhu", "event:2024-shenzhen-trip", "org:shenzhen-lab", "person:zuo-ding");
        Ids(paths[1]!["relationships"]).Should().Equal("rel:chen-leads-trip", "rel:trip-visits-lab", "rel:zuo-director");
    }

    [Fact]
    public async Task Paths_stop_at_max_hops_and_first()
    {
        var harness = await GraphQLHarness.SampleAsync();

        var data = await harness.DataAsync("""
            {
              short: paths(from: "陈金虎", to: "左丁", maxHops: 2) { length }
              one: paths(from: "陈金虎", to: "左丁", first: 1) { length }
              none: paths(from: "汪泉", to: "深圳", maxHops: 1) { length }
            }
            """);

        data.Compact().Should().Be("""{"short":[{"length":1}],"one":[{"length":1}],"none":[]}""");
    }

    [Fact]
    public async Task A_subgraph_goes_breadth_first_to_its_depth()
    {
        var harness = await GraphQLHarness.SampleAsync();

        var data = await harness.DataAsync("""
            {
              near: subgraph(refs: ["武进"]) { nodes { id } relationships { id } truncated }
              far: subgraph(refs: ["武进"], depth: 2) { relationships { id } truncated }
              alone: subgraph(refs: ["武进", "place:wujin"], depth: 0) { nodes { id } relationships { id } }
            }
            """);

        Ids(data["near"]!["nodes"]).Should().Equal("place:wujin", "park:wujin-hi-tech", "place:changzhou");
        Ids(data["near"]!["relationships"]).Should().Equal("rel:wujin-in-changzhou", "rel:wujin-park-in-wujin");
        Ids(data["far"]!["relationships"]).Should().Equal(
            "rel:wujin-in-changzhou", "rel:wujin-park-in-wujin",
            "rel:aac-optics-in-wujin-park", "rel:changzhou-park-in-changzhou", "rel:chen-secretary", "rel:wang-secretary");
        data["far"]!["truncated"]!.GetValue<bool>().Should().BeFalse();
        data["alone"]!.Compact().Should().Be("""{"nodes":[{"id":"place:wujin"}],"relationships":[]}""");
    }

    [Fact]
    public async Task A_subgraph_cut_by_its_limit_says_it_is_truncated()
    {
        var harness = await GraphQLHarness.SampleAsync();

        var data = await harness.DataAsync("""{ subgraph(refs: ["武进"], depth: 2, limit: 3) { nodes { id } relationships { id } truncated } }""");

        Ids(data["subgraph"]!["relationships"]).Should().Equal("rel:wujin-in-changzhou", "rel:wujin-park-in-wujin", "rel:aac-optics-in-wujin-park");
        Ids(data["subgraph"]!["nodes"]).Should().Equal("place:wujin", "park:wujin-hi-tech", "place:changzhou", "org:aac-optics");
        data["subgraph"]!["truncated"]!.GetValue<bool>().Should().BeTrue();
    }

    [Fact]
    public async Task A_subgraph_keeps_a_position_without_dates_when_its_evidence_was_published_in_the_window()
    {
        var harness = await GraphQLHarness.SampleAsync();

        var data = await harness.DataAsync("""{ subgraph(refs: ["常州"], from: "2024") { relationships { id } } }""");

        Ids(data["subgraph"]!["relationships"]).Should().Equal("rel:changzhou-park-in-changzhou", "rel:chen-secretary", "rel:wujin-in-changzhou")
            .And.NotContain("rel:wang-secretary", "its only evidence was published in 2018");
    }

    [Fact]
    public async Task A_reference_of_a_traversal_that_names_nothing_is_an_error_naming_its_argument()
    {
        var harness = await GraphQLHarness.SampleAsync();

        var error = await harness.ErrorAsync("""{ partners(city: "深圳", linkedTo: "火星") { hops } }""");

        error["extensions"]!.Compact().Should().Be("""{"argument":"linkedTo","reference":"火星","code":"UNKNOWN_REFERENCE"}""");
    }

    [Fact]
    public async Task An_ambiguous_reference_in_a_list_is_an_error_naming_its_position()
    {
        var harness = await GraphQLHarness.WithAmbiguousNameAsync();

        var error = await harness.ErrorAsync("""{ subgraph(refs: ["武进", "常州"]) { truncated } }""");

        error["extensions"]!.Compact().Should().Be(
            """{"argument":"refs[1]","reference":"常州","candidates":["org:changzhou-gov","place:changzhou"],"code":"AMBIGUOUS_REFERENCE"}""");
    }

    private static IEnumerable<string> Ids(JsonNode? items) => items!.AsArray().Select(item => item!["id"].Text());
}
