using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary>The ends and the sources of listed relationships load in batches: store calls do not grow with the list.</summary>
public sealed class BatchingTests
{
    private const int Companies = 20;

    [Theory]
    [InlineData(2)]
    [InlineData(Companies)]
    public async Task A_page_of_relationships_with_ends_and_sources_costs_a_fixed_number_of_store_calls(int first)
    {
        var harness = await GraphQLHarness.SampleAsync(TwentyCompaniesInWujin());
        var before = harness.Store.ReadCalls;

        var data = await harness.DataAsync($$"""
            {
              relationships(ref: "place:wujin", types: [LOCATED_IN], direction: IN, first: {{first}}) {
                edges { node { from { name } to { name } evidence { quote source { title } } } }
              }
            }
            """);

        data["relationships"]!["edges"]!.AsArray().Should().HaveCount(first)
            .And.AllSatisfy(edge => edge!["node"]!["evidence"]![0]!["source"]!["title"].Text().Should().StartWith("报道"));
        (harness.Store.ReadCalls - before).Should().Be(5, "the reference, the relationships and their publication dates, then all ends at once and all sources at once");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(Companies)]
    public async Task A_subgraph_needs_no_store_call_for_ends_it_already_holds_and_one_for_all_sources(int limit)
    {
        var harness = await GraphQLHarness.SampleAsync(TwentyCompaniesInWujin());
        var before = harness.Store.ReadCalls;

        var data = await harness.DataAsync($$"""
            { subgraph(refs: ["place:wujin"], limit: {{limit}}) { relationships { from { id } to { id } evidence { source { id } } } } }
            """);

        data["subgraph"]!["relationships"]!.AsArray().Should().HaveCount(limit);
        (harness.Store.ReadCalls - before).Should().Be(4, "the reference, the relationships, the entities of the subgraph, then all sources at once");
    }

    [Fact]
    public async Task Relationships_asked_without_ends_or_evidence_load_neither()
    {
        var harness = await GraphQLHarness.SampleAsync(TwentyCompaniesInWujin());
        var before = harness.Store.ReadCalls;

        await harness.DataAsync("""{ relationships(ref: "place:wujin", first: 20) { edges { node { id type } } } }""");

        (harness.Store.ReadCalls - before).Should().Be(3, "the reference, the relationships and their publication dates only");
    }

    [Fact]
    public async Task An_entity_and_its_source_cited_twice_in_one_list_load_once()
    {
        var harness = await GraphQLHarness.SampleAsync();
        var before = harness.Store.ReadCalls;

        var data = await harness.DataAsync("""
            { entity(ref: "person:chen-jinhu") { relationships { from { id } evidence { source { id } } } } }
            """);

        data["entity"]!["relationships"]!.AsArray().Select(r => r!["from"]!["id"].Text()).Should().AllBe("person:chen-jinhu");
        (harness.Store.ReadCalls - before).Should().Be(5, "the reference, the relationships and their dates, the ends once, the shared source once");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(Companies)]
    public async Task The_relationships_of_a_list_of_entities_cost_a_fixed_number_of_store_calls(int first)
    {
        var harness = await GraphQLHarness.SampleAsync(TwentyCompaniesInWujin());
        var before = harness.Store.ReadCalls;

        var data = await harness.DataAsync($$"""
            { entities(types: [COMPANY], first: {{first}}) { edges { node { relationships(types: [LOCATED_IN]) { to { id } } } } } }
            """);

        data["entities"]!["edges"]!.AsArray().Should().HaveCount(first)
            .And.AllSatisfy(edge => edge!["node"]!["relationships"]!.AsArray().Should().ContainSingle());
        (harness.Store.ReadCalls - before).Should().Be(4, "the page of entities, then the relationships of all and their publication dates, then all ends at once");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(Companies)]
    public async Task The_typed_relationship_fields_of_a_list_of_entities_cost_a_fixed_number_of_store_calls(int first)
    {
        var harness = await GraphQLHarness.SampleAsync(TwentyCompaniesInWujin());
        var before = harness.Store.ReadCalls;

        var data = await harness.DataAsync($$"""
            { entities(types: [COMPANY], first: {{first}}) { edges { node { ... on Organisation { locatedIn { id } } } } } }
            """);

        data["entities"]!["edges"]!.AsArray().Should().HaveCount(first)
            .And.AllSatisfy(edge => edge!["node"]!["locatedIn"]!.AsArray().Should().ContainSingle());
        (harness.Store.ReadCalls - before).Should().Be(4, "the page of entities, then the relationships of all and their publication dates, then all ends at once");
    }

    [Fact]
    public async Task The_nodes_of_a_subgraph_list_their_relationships_together()
    {
        var harness = await GraphQLHarness.SampleAsync(TwentyCompaniesInWujin());
        var before = harness.Store.ReadCalls;

        var data = await harness.DataAsync("""
            { subgraph(refs: ["place:wujin"], types: [LOCATED_IN]) { nodes { id relationships(direction: OUT) { id } } } }
            """);

        data["subgraph"]!["nodes"]!.AsArray().Should().HaveCount(Companies + 1);
        (harness.Store.ReadCalls - before).Should().Be(5, "the reference, the subgraph's relationships and entities, then the relationships of all nodes and their publication dates");
    }

    [Fact]
    public async Task Fields_with_bad_arguments_fail_alone_when_they_load_with_good_ones()
    {
        var harness = await GraphQLHarness.SampleAsync();

        var response = await harness.RunAsync("""
            {
              good: entity(ref: "place:wujin") { relationships(first: 1) { id } }
              bad: entity(ref: "place:changzhou") { relationships(first: 5000) { id } }
            }
            """);

        response["data"]!["good"]!["relationships"]!.AsArray().Should().ContainSingle();
        response["data"]!["bad"].Should().BeNull();
        var error = response["errors"]!.AsArray().Should().ContainSingle().Subject!;
        error["path"]!.Compact().Should().Be("""["bad","relationships"]""");
        error["extensions"]!.Compact().Should().Be("""{"argument":"first","code":"BAD_USER_INPUT"}""");
    }

    /// <summary>Twenty companies located in Wujin, each fact from an article of its own.</summary>
    private static GraphChangeSet TwentyCompaniesInWujin()
    {
        var numbers = Enumerable.Range(1, Companies).Select(i => i.ToString("00", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return new GraphChangeSet
        {
            UpsertSources = [.. numbers.Select(n => new Source($"source:company-{n}", $"报道{n}") { PublishedOn = PartialDate.Parse("2024-01") })],
            UpsertEntities = [.. numbers.Select(n => new Entity($"org:company-{n}", "COMPANY", $"企业{n}"))],
            UpsertRelationships = [.. numbers.Select(n => new Relationship($"rel:company-{n}-in-wujin", "LOCATED_IN", $"org:company-{n}", "place:wujin")
            {
                Evidence = [new Evidence($"source:company-{n}", $"企业{n}落户武进")],
            })],
        };
    }
}
