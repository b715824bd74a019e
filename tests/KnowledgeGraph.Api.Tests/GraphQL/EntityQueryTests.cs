namespace KnowledgeGraph.Api.Tests.GraphQL;

public sealed class EntityQueryTests
{
    [Theory]
    [InlineData("place:wujin")]
    [InlineData("武进")]
    [InlineData("武进区")]
    [InlineData("Wujin")]
    [InlineData("wujin")]
    [InlineData("  武进  ")]
    public async Task An_entity_is_found_by_its_id_name_or_alias(string reference)
    {
        var harness = await GraphQLHarness.SampleAsync();

        var data = await harness.DataAsync("query($ref: EntityRef!) { entity(ref: $ref) { id type name nameEn aliases __typename } }",
            new Dictionary<string, object?> { ["ref"] = reference });

        data["entity"]!.Compact().Should().Be(
            """{"id":"place:wujin","type":"DISTRICT","name":"武进区","nameEn":"Wujin","aliases":["武进"],"__typename":"Place"}""");
    }

    [Fact]
    public async Task A_reference_that_names_nothing_gives_null_without_an_error()
    {
        var harness = await GraphQLHarness.SampleAsync();

        var response = await harness.RunAsync("""{ entity(ref: "火星") { id } }""");

        response.Compact().Should().Be("""{"data":{"entity":null}}""");
    }

    [Fact]
    public async Task A_name_of_several_entities_is_an_error_that_lists_their_ids()
    {
        var harness = await GraphQLHarness.WithAmbiguousNameAsync();

        var response = await harness.RunAsync("""{ entity(ref: "常州") { id } }""");

        response["data"]!["entity"].Should().BeNull();
        var error = response["errors"]![0]!;
        error["message"].Text().Should().Contain("org:changzhou-gov").And.Contain("place:changzhou");
        error["path"]!.Compact().Should().Be("""["entity"]""");
        error["extensions"]!.Compact().Should().Be(
            """{"argument":"ref","reference":"常州","candidates":["org:changzhou-gov","place:changzhou"],"code":"AMBIGUOUS_REFERENCE"}""");
    }

    [Theory]
    [InlineData("person:chen-jinhu", "Person")]
    [InlineData("place:shenzhen", "Place")]
    [InlineData("org:aac", "Organisation")]
    [InlineData("park:wujin-hi-tech", "Park")]
    [InlineData("event:2024-shenzhen-trip", "Event")]
    [InlineData("industry:synthetic-biology", "Industry")]
    public async Task An_entity_has_the_object_type_of_its_category(string id, string typeName)
    {
        var harness = await GraphQLHarness.SampleAsync();

        var data = await harness.DataAsync($$"""{ entity(ref: "{{id}}") { __typename } }""");

        data["entity"]!["__typename"].Text().Should().Be(typeName);
    }

    [Fact]
    public async Task A_person_lists_the_positions_held_with_role_and_validity()
    {
        var harness = await GraphQLHarness.SampleAsync();

        var data = await harness.DataAsync("""{ entity(ref: "左丁") { ... on Person { positions { role validFrom to { id } } } } }""");

        data["entity"]!["positions"]!.Compact().Should().Be("""[{"role":"主任","validFrom":"2023","to":{"id":"org:shenzhen-lab"}}]""");
    }

    [Fact]
    public async Task Positions_can_be_limited_to_a_time_window()
    {
        var harness = await GraphQLHarness.SampleAsync();

        var data = await harness.DataAsync("""{ entity(ref: "左丁") { ... on Person { positions(to: "2022") { role } } } }""");

        data["entity"]!["positions"]!.AsArray().Should().BeEmpty("the position began in 2023");
    }

    [Fact]
    public async Task A_place_and_a_park_tell_what_they_are_part_of_and_an_organisation_where_it_is_located()
    {
        var harness = await GraphQLHarness.SampleAsync();

        var data = await harness.DataAsync("""
            {
              district: entity(ref: "武进") { ... on Place { partOf { id } } }
              park: entity(ref: "武进高新区") { ... on Park { partOf { id } } }
              company: entity(ref: "瑞声") { ... on Organisation { locatedIn { id } } }
            }
            """);

        data.Compact().Should().Be(
            """{"district":{"partOf":[{"id":"place:changzhou"}]},"park":{"partOf":[{"id":"place:wujin"}]},"company":{"locatedIn":[{"id":"place:shenzhen"}]}}""");
    }

    [Fact]
    public async Task The_relationships_of_an_entity_are_filtered_by_type_direction_and_window_in_time_order()
    {
        var harness = await GraphQLHarness.SampleAsync();

        var data = await harness.DataAsync("""
            {
              entity(ref: "陈金虎") {
                all: relationships { id }
                events: relationships(types: [LED_DELEGATION, MET], direction: OUT, from: "2024-10-23") { id type date }
                incoming: relationships(direction: IN) { id }
                first: relationships(first: 1) { id }
              }
            }
            """);

        var entity = data["entity"]!;
        entity["all"].Strings("id").Should().Equal("rel:chen-leads-trip", "rel:chen-meets-zuo", "rel:chen-secretary");
        entity["events"]!.Compact().Should().Be("""[{"id":"rel:chen-meets-zuo","type":"MET","date":"2024-10-23"}]""");
        entity["incoming"]!.AsArray().Should().BeEmpty();
        entity["first"].Strings("id").Should().Equal("rel:chen-leads-trip");
    }

    [Fact]
    public async Task A_note_of_the_curator_is_shown_on_the_entity()
    {
        var harness = await GraphQLHarness.SampleAsync();

        var data = await harness.DataAsync("""{ entity(ref: "org:saiqiao") { note } }""");

        data["entity"]!["note"].Text().Should().Be("full name not given");
    }
}
