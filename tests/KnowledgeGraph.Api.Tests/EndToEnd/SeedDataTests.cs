using System.Net;
using KnowledgeGraph.Api.Tests.GraphQL;

namespace KnowledgeGraph.Api.Tests.EndToEnd;

/// <summary>Every query of the GraphQL contract over HTTP, on the real seed ingested by the host's own worker.</summary>
public sealed class SeedDataTests(SeededApiFactory host) : IClassFixture<SeededApiFactory>
{
    [Theory]
    [InlineData("常州")]
    [InlineData("Changzhou")]
    [InlineData("place:changzhou")]
    public async Task An_entity_answers_to_its_name_English_name_and_id_with_its_relationships(string reference)
    {
        using var client = host.CreateClient();

        var data = await client.DataAsync($$"""{ entity(ref: "{{reference}}") { id name relationships(first: 5) { type evidence { quote } } } }""");

        data["entity"]!["id"].Text().Should().Be("place:changzhou");
        data["entity"]!["relationships"]!.AsArray().Should().HaveCount(5)
            .And.AllSatisfy(relationship => relationship!["evidence"]!.AsArray().Should().NotBeEmpty());
    }

    [Fact]
    public async Task A_GET_request_answers_the_same_as_a_POST()
    {
        using var client = host.CreateClient();
        const string Query = """{ entity(ref: "常州") { id name } }""";

        var (getStatus, getBody) = await client.GetQueryAsync(Query);
        var (_, postBody) = await client.PostAsync(Query);

        getStatus.Should().Be(HttpStatusCode.OK);
        getBody.Compact().Should().Be(postBody.Compact()).And.Contain("常州市");
    }

    [Theory]
    [InlineData("合成生物", "合成生物")]
    [InlineData("武进", "武进区")]
    public async Task Search_finds_names_including_two_character_ones(string text, string expectedFirst)
    {
        using var client = host.CreateClient();

        var data = await client.DataAsync($$"""{ search(text: "{{text}}") { entity { name } score matched } }""");

        data["search"]!.AsArray().Select(hit => hit!["entity"]!["name"].Text()).First().Should().Be(expectedFirst);
    }

    [Theory]
    [InlineData("2018", "汪泉")]
    [InlineData("2024", "陈金虎")]
    public async Task The_party_secretary_of_Changzhou_in_a_year_comes_with_the_article_that_says_so(string year, string secretary)
    {
        using var client = host.CreateClient();

        var data = await client.DataAsync($$"""
            { relationships(ref: "常州", role: "市委书记", from: "{{year}}", to: "{{year}}") {
                edges { node { from { name } role evidence { quote source { title } } } } } }
            """);

        var nodes = data["relationships"]!["edges"]!.AsArray().Select(edge => edge!["node"]!).ToList();
        nodes.Select(node => node["from"]!["name"].Text()).Should().Equal(secretary);
        nodes[0]["evidence"]![0]!["source"]!["title"].Text().Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Shenzhen_partners_of_Wujin_include_Inovance_directly_and_the_Shenzhen_institute_with_path_and_evidence()
    {
        using var client = host.CreateClient();

        var data = await client.DataAsync("""
            { partners(city: "深圳", linkedTo: "武进") {
                entity { name } hops path { length relationships { type evidence { quote source { title } } } } } }
            """);

        var partners = data["partners"]!.AsArray().ToDictionary(partner => partner!["entity"]!["name"].Text(), partner => partner!);
        partners.Should().ContainKeys("深圳市汇川技术股份有限公司", "中国科学院深圳先进技术研究院");
        partners["深圳市汇川技术股份有限公司"]["hops"]!.GetValue<int>().Should().Be(0);
        var institute = partners["中国科学院深圳先进技术研究院"]["path"]!;
        institute["relationships"]!.AsArray().Should().NotBeEmpty()
            .And.AllSatisfy(relationship => relationship!["evidence"]![0]!["source"]!["title"].Text().Should().NotBeNullOrWhiteSpace());
    }

    [Theory]
    [InlineData("陈金虎", "深圳赛桥生物创新技术有限公司")]
    [InlineData("汪泉", "江苏芯盛智能科技有限公司")]
    public async Task Paths_between_two_names_run_shortest_first_from_one_to_the_other(string from, string to)
    {
        using var client = host.CreateClient();

        var data = await client.DataAsync($$"""
            { paths(from: "{{from}}", to: "{{to}}") { length nodes { name } relationships { evidence { source { title } } } } }
            """);

        var paths = data["paths"]!.AsArray();
        paths.Should().NotBeEmpty();
        paths.Select(path => path!["length"]!.GetValue<int>()).Should().BeInAscendingOrder();
        paths.Should().AllSatisfy(path =>
        {
            path!["nodes"]![0]!["name"].Text().Should().Be(from);
            path["nodes"]!.AsArray()[^1]!["name"].Text().Should().StartWith(to[..4]);
        });
    }

    [Fact]
    public async Task The_subgraph_around_Wujin_since_2024_reaches_two_steps_and_says_whether_it_was_cut()
    {
        using var client = host.CreateClient();

        var data = await client.DataAsync("""{ subgraph(refs: ["武进"], depth: 2, from: "2024") { nodes { id } relationships { id } truncated } }""");

        data["subgraph"]!["nodes"]!.AsArray().Select(node => node!["id"].Text()).Should().Contain("place:wujin");
        data["subgraph"]!["relationships"]!.AsArray().Should().NotBeEmpty();
        data["subgraph"]!["truncated"]!.GetValue<bool>().Should().BeFalse();
    }

    [Fact]
    public async Task Stats_count_the_seed()
    {
        using var client = host.CreateClient();

        var data = await client.DataAsync("{ stats { entities relationships sources byEntityType { type count } } }");

        data["stats"]!["sources"]!.GetValue<int>().Should().Be(5, "the seed holds five articles");
        data["stats"]!["entities"]!.GetValue<int>().Should().BePositive();
        data["stats"]!["byEntityType"]!.AsArray().Sum(count => count!["count"]!.GetValue<int>())
            .Should().Be(data["stats"]!["entities"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_unknown_reference_is_a_null_entity_and_a_coded_error_elsewhere()
    {
        using var client = host.CreateClient();

        var entity = await client.DataAsync("""{ entity(ref: "无此实体") { id } }""");
        var (status, body) = await client.PostAsync("""{ paths(from: "无此实体", to: "武进") { length } }""");

        entity["entity"].Should().BeNull();
        status.Should().Be(HttpStatusCode.OK);
        body["errors"]![0]!["extensions"]!["code"].Text().Should().Be("UNKNOWN_REFERENCE");
    }

    [Theory]
    [InlineData("""{ paths(from: "汪泉", to: "武进", maxHops: -1) { length } }""", HttpStatusCode.OK, "BAD_USER_INPUT")]
    [InlineData("""{ subgraph(refs: ["武进"], depth: 50) { truncated } }""", HttpStatusCode.OK, "BAD_USER_INPUT")]
    [InlineData("""{ subgraph(refs: ["武进"], limit: 1000000000) { truncated } }""", HttpStatusCode.BadRequest, "MAX_COST_EXCEEDED")]
    [InlineData("""{ relationships(ref: "常州", from: "2024-13") { totalCount } }""", HttpStatusCode.BadRequest, "GRAPHQL_VALIDATION_FAILED")]
    [InlineData("""{ search(text: "武进", types: [NO_SUCH_TYPE]) { score } }""", HttpStatusCode.BadRequest, "GRAPHQL_VALIDATION_FAILED")]
    public async Task Bad_arguments_are_coded_GraphQL_errors_never_a_server_error(string query, HttpStatusCode expectedStatus, string code)
    {
        using var client = host.CreateClient();

        var (status, body) = await client.PostAsync(query);

        status.Should().Be(expectedStatus, "a request that fails validation gets 400 under the GraphQL response media type, one that executes gets 200");
        body["errors"]![0]!["extensions"]!["code"].Text().Should().Be(code, body.Compact());
    }

    [Fact]
    public async Task An_unknown_enum_value_fails_validation_with_400_under_the_GraphQL_response_media_type()
    {
        using var client = host.CreateClient();

        var (status, body) = await client.PostAsync("""{ search(text: "武进", types: [NO_SUCH_TYPE]) { score } }""");
        var (legacyStatus, _) = await client.PostAsync("""{ search(text: "武进", types: [NO_SUCH_TYPE]) { score } }""", accept: "application/json");

        status.Should().Be(HttpStatusCode.BadRequest);
        legacyStatus.Should().Be(HttpStatusCode.OK, "application/json answers every well-formed request with 200");
        body["data"].Should().BeNull();
        body["errors"]![0]!["extensions"]!["code"].Text().Should().Be("GRAPHQL_VALIDATION_FAILED");
    }

    [Fact]
    public async Task The_schema_download_holds_every_type_of_the_contract()
    {
        using var client = host.CreateClient();

        var sdl = await client.GetStringAsync("/graphql/schema.graphql", TestContext.Current.CancellationToken);

        sdl.Should().ContainAll(
            "type Query", "scalar EntityRef", "scalar PartialDate", "enum EntityType", "enum RelationType", "enum Direction",
            "interface Entity", "type Relationship", "type Money", "type Evidence", "type Source", "type SearchHit", "type Partner",
            "type Path", "type Subgraph", "type RelationshipConnection", "type RelationshipEdge", "type PageInfo", "type GraphStats", "type TypeCount");
    }

    [Fact]
    public async Task Introspection_lists_the_query_fields()
    {
        using var client = host.CreateClient();

        var data = await client.DataAsync("{ __schema { queryType { fields { name } } } }");

        data["__schema"]!["queryType"]!["fields"].Strings("name")
            .Should().Contain(["entity", "search", "relationships", "partners", "paths", "subgraph", "stats"]);
    }

    [Fact]
    public async Task The_host_is_ready_once_the_seed_is_in()
    {
        using var client = host.CreateClient();

        var ready = await client.GetStringAsync("/health/ready", TestContext.Current.CancellationToken);

        ready.Should().Be("Healthy");
    }
}
