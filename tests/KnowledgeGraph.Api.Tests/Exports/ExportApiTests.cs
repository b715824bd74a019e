using System.Net;
using System.Text.Json;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Api.Tests.Exports;

public sealed class ExportApiTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("subgraph.json", "application/json")]
    [InlineData("subgraph.nodes.csv", "text/csv")]
    [InlineData("subgraph.edges.csv", "text/csv")]
    [InlineData("subgraph.graphml", "application/graphml+xml")]
    [InlineData("subgraph.gexf", "application/gexf+xml")]
    public async Task Every_export_is_an_attachment_of_its_media_type_that_says_whether_it_was_truncated(string file, string mediaType)
    {
        await using var factory = await ExportTestGraph.StartAsync();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync($"/export/{file}?refs=place:wujin", Cancellation);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(mediaType);
        response.Content.Headers.ContentType.CharSet.Should().Be("utf-8");
        response.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
        response.Content.Headers.ContentDisposition.FileName.Should().Be(file);
        response.Headers.GetValues("X-Subgraph-Truncated").Should().Equal("false");
    }

    [Theory]
    [InlineData("subgraph.json")]
    [InlineData("subgraph.nodes.csv")]
    [InlineData("subgraph.edges.csv")]
    [InlineData("subgraph.graphml")]
    [InlineData("subgraph.gexf")]
    public async Task A_limit_that_cuts_relationships_off_sets_the_truncated_header(string file)
    {
        await using var factory = await ExportTestGraph.StartAsync();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync($"/export/{file}?refs=place:changzhou&limit=1", Cancellation);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.GetValues("X-Subgraph-Truncated").Should().Equal("true");
    }

    [Fact]
    public async Task A_truncated_json_export_says_so_in_its_body()
    {
        await using var factory = await ExportTestGraph.StartAsync();
        using var client = factory.CreateClient();

        using var json = await GetJsonAsync(client, "refs=place:changzhou&limit=1");

        json.RootElement.GetProperty("truncated").GetBoolean().Should().BeTrue();
        json.RootElement.GetProperty("edges").GetArrayLength().Should().Be(1);
    }

    [Theory]
    [InlineData("武进")]
    [InlineData("武进区")]
    [InlineData("Wujin")]
    [InlineData(" place:wujin ")]
    public async Task References_are_url_decoded_names_aliases_or_ids(string reference)
    {
        await using var factory = await ExportTestGraph.StartAsync();
        using var client = factory.CreateClient();

        using var json = await GetJsonAsync(client, $"{ExportTestGraph.Refs(reference)}&depth=0");

        NodeIds(json).Should().Equal("place:wujin");
    }

    [Fact]
    public async Task Refs_are_repeated_once_per_reference_and_a_comma_stays_part_of_the_name()
    {
        await using var factory = await ExportTestGraph.StartAsync();
        using var client = factory.CreateClient();

        using var json = await GetJsonAsync(client, $"{ExportTestGraph.Refs("深圳", ExportTestGraph.Awkward.NameEn!)}&depth=0");

        NodeIds(json).Should().Equal("org:awkward", "place:shenzhen");
    }

    [Fact]
    public async Task Types_may_be_comma_separated_or_repeated_with_the_same_result()
    {
        await using var factory = await ExportTestGraph.StartAsync();
        using var client = factory.CreateClient();

        using var commaSeparated = await GetJsonAsync(client, "refs=place:wujin&depth=2&types=PART_OF,LOCATED_IN");
        using var repeated = await GetJsonAsync(client, "refs=place:wujin&depth=2&types=PART_OF&types=LOCATED_IN");

        EdgeIds(commaSeparated).Should().Equal(EdgeIds(repeated));
        EdgeTypes(commaSeparated).Should().BeSubsetOf(["PART_OF", "LOCATED_IN"]).And.Contain(["PART_OF", "LOCATED_IN"]);
    }

    [Fact]
    public async Task From_and_to_keep_only_relationships_that_hold_in_the_window()
    {
        await using var factory = await ExportTestGraph.StartAsync();
        using var client = factory.CreateClient();

        using var json = await GetJsonAsync(client, $"{ExportTestGraph.Refs("陈金虎")}&from=2024-10-23&to=2024-10-23");

        EdgeIds(json).Should().Equal("rel:chen-meets-zuo");
    }

    [Fact]
    public async Task Depth_widens_the_neighbourhood()
    {
        await using var factory = await ExportTestGraph.StartAsync();
        using var client = factory.CreateClient();

        using var near = await GetJsonAsync(client, "refs=place:nanshan&depth=1");
        using var far = await GetJsonAsync(client, "refs=place:nanshan&depth=2");

        EdgeIds(near).Should().BeEquivalentTo(["rel:nanshan-in-shenzhen", "rel:lab-in-nanshan"]);
        EdgeIds(far).Should().Contain(EdgeIds(near)).And.Contain("rel:zuo-director", "rel:shenzhen-in-guangdong");
    }

    [Theory]
    [InlineData("subgraph.json", "别名9999", "证据结束")]
    [InlineData("subgraph.nodes.csv", "别名9999", null)]
    [InlineData("subgraph.edges.csv", null, "证据结束")]
    [InlineData("subgraph.graphml", "别名9999", "证据结束")]
    [InlineData("subgraph.gexf", "别名9999", "证据结束")]
    public async Task An_export_larger_than_any_write_buffer_streams_whole(string file, string? lastAlias, string? endOfQuote)
    {
        var longQuote = string.Concat(Enumerable.Repeat("武进国家高新区,\"引号\"\n", 20_000)) + "证据结束";
        var bigNode = new Entity("org:big", "COMPANY", "大公司") { Aliases = [.. Enumerable.Range(0, 10_000).Select(i => $"别名{i}")] };
        var bigEdge = new Relationship("rel:big", "LOCATED_IN", "org:big", "place:wujin") { Evidence = [new Evidence("source:a2024", longQuote)] };
        await using var factory = await ExportTestGraph.StartAsync(extra: new GraphChangeSet { UpsertEntities = [bigNode], UpsertRelationships = [bigEdge] });
        using var client = factory.CreateClient();

        using var response = await client.GetAsync($"/export/{file}?refs=org:big", Cancellation);
        var body = await response.Content.ReadAsStringAsync(Cancellation);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        body.Length.Should().BeGreaterThan(100_000);
        foreach (var marker in new[] { lastAlias, endOfQuote }.OfType<string>())
        {
            body.Should().Contain(marker);
        }
    }

    internal static async Task<JsonDocument> GetJsonAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync($"/export/subgraph.json?{query}", Cancellation);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Cancellation));
        return await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(Cancellation), cancellationToken: Cancellation);
    }

    private static List<string> NodeIds(JsonDocument json) =>
        [.. json.RootElement.GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("id").GetString()!)];

    private static List<string> EdgeIds(JsonDocument json) =>
        [.. json.RootElement.GetProperty("edges").EnumerateArray().Select(edge => edge.GetProperty("id").GetString()!)];

    private static List<string> EdgeTypes(JsonDocument json) =>
        [.. json.RootElement.GetProperty("edges").EnumerateArray().Select(edge => edge.GetProperty("type").GetString()!)];
}
