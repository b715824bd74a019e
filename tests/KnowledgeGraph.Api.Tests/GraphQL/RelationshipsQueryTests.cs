using System.Text.Json.Nodes;

namespace KnowledgeGraph.Api.Tests.GraphQL;

public sealed class RelationshipsQueryTests
{
    [Fact]
    public async Task Positions_are_filtered_by_type_and_role_in_time_order_with_their_ends_and_evidence()
    {
        var harness = await GraphQLHarness.SampleAsync();

        var data = await harness.DataAsync("""
            {
              relationships(ref: "常州", types: [HOLDS_POSITION], role: "市委书记") {
                totalCount
                edges { node { id role from { name } to { id } evidence { quote source { id publishedOn } } } }
              }
            }
            """);

        data["relationships"]!.Compact().Should().Be(
            """{"totalCount":2,"edges":[""" +
            """{"node":{"id":"rel:wang-secretary","role":"市委书记","from":{"name":"汪泉"},"to":{"id":"place:changzhou"},"evidence":[{"quote":"市委书记汪泉","source":{"id":"source:a2018","publishedOn":"2018-11"}}]}},""" +
            """{"node":{"id":"rel:chen-secretary","role":"市委书记","from":{"name":"陈金虎"},"to":{"id":"place:changzhou"},"evidence":[{"quote":"市委书记陈金虎","source":{"id":"source:a2024","publishedOn":"2024-10-24"}}]}}]}""");
    }

    [Fact]
    public async Task A_time_window_keeps_a_position_by_the_publication_date_of_its_evidence()
    {
        var harness = await GraphQLHarness.SampleAsync();

        var data = await harness.DataAsync("""
            {
              since2024: relationships(ref: "常州", role: "市委书记", from: "2024") { edges { node { id } } }
              in2018: relationships(ref: "常州", role: "市委书记", from: "2018", to: "2018") { edges { node { id } } }
            }
            """);

        data["since2024"]!["edges"]!.AsArray().Select(edge => edge!["node"]!["id"].Text()).Should().Equal("rel:chen-secretary");
        data["in2018"]!["edges"]!.AsArray().Select(edge => edge!["node"]!["id"].Text()).Should().Equal("rel:wang-secretary");
    }

    [Fact]
    public async Task Direction_keeps_the_relationships_that_start_or_end_at_the_entity()
    {
        var harness = await GraphQLHarness.SampleAsync();

        var data = await harness.DataAsync("""
            {
              out: relationships(ref: "常州", direction: OUT) { totalCount }
              in: relationships(ref: "常州", direction: IN) { totalCount }
              both: relationships(ref: "常州") { totalCount }
            }
            """);

        data.Compact().Should().Be("""{"out":{"totalCount":0},"in":{"totalCount":4},"both":{"totalCount":4}}""");
    }

    [Fact]
    public async Task Pages_follow_one_another_through_their_cursors_until_the_last()
    {
        var harness = await GraphQLHarness.SampleAsync();
        const string Page = """
            query($after: String) {
              relationships(ref: "陈金虎", first: 2, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } }
            }
            """;

        var first = (await harness.DataAsync(Page))["relationships"]!;
        var second = (await harness.DataAsync(Page, new Dictionary<string, object?> { ["after"] = first["pageInfo"]!["endCursor"].Text() }))["relationships"]!;

        Ids(first).Should().Equal("rel:chen-leads-trip", "rel:chen-meets-zuo");
        first["pageInfo"]!["hasNextPage"]!.GetValue<bool>().Should().BeTrue();
        first["pageInfo"]!["endCursor"].Text().Should().Be(first["edges"]![1]!["cursor"].Text());
        Ids(second).Should().Equal("rel:chen-secretary");
        second["pageInfo"]!.Compact().Should().Be($$"""{"hasNextPage":false,"endCursor":"{{second["edges"]![0]!["cursor"].Text()}}"}""");
        second["totalCount"]!.GetValue<int>().Should().Be(3);
    }

    [Fact]
    public async Task An_empty_page_has_no_end_cursor()
    {
        var harness = await GraphQLHarness.SampleAsync();

        var data = await harness.DataAsync("""{ relationships(ref: "陈金虎", first: 0) { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } }""");

        data["relationships"]!.Compact().Should().Be("""{"totalCount":3,"edges":[],"pageInfo":{"hasNextPage":true,"endCursor":null}}""");
    }

    [Fact]
    public async Task An_amount_shows_value_unit_and_currency_as_the_source_states_them()
    {
        var harness = await GraphQLHarness.SampleAsync();

        var data = await harness.DataAsync("""
            { relationships(ref: "瑞声", types: [INVESTED_IN]) { edges { node { type date amount { value unit currency approximate text } } } } }
            """);

        data["relationships"]!["edges"]![0]!["node"]!.Compact().Should().Be(
            """{"type":"INVESTED_IN","date":"2018","amount":{"value":20,"unit":"亿","currency":"CNY","approximate":false,"text":null}}""");
    }

    [Fact]
    public async Task A_reference_that_names_nothing_is_an_error_that_quotes_it()
    {
        var harness = await GraphQLHarness.SampleAsync();

        var error = await harness.ErrorAsync("""{ relationships(ref: "火星") { totalCount } }""");

        error["message"].Text().Should().Contain("火星");
        error["extensions"]!.Compact().Should().Be("""{"argument":"ref","reference":"火星","code":"UNKNOWN_REFERENCE"}""");
    }

    private static IEnumerable<string> Ids(JsonNode connection) =>
        connection["edges"]!.AsArray().Select(edge => edge!["node"]!["id"].Text());
}
