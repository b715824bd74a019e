using System.Net;
using System.Text.Json;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Api.Tests.Exports;

public sealed class JsonExportTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_json_export_of_the_sample_matches_its_golden_file()
    {
        await using var factory = await ExportTestGraph.StartAsync();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync($"/export/subgraph.json?{Golden.Query}", Cancellation);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        Golden.JsonMatches("subgraph.json", await response.Content.ReadAsStringAsync(Cancellation));
    }

    [Fact]
    public async Task Nodes_carry_id_type_names_and_aliases()
    {
        await using var factory = await ExportTestGraph.StartAsync();
        using var client = factory.CreateClient();

        using var json = await ExportApiTests.GetJsonAsync(client, "refs=org:awkward&depth=0");

        var node = json.RootElement.GetProperty("nodes").EnumerateArray().Should().ContainSingle().Subject;
        var awkward = ExportTestGraph.Awkward;
        node.GetProperty("id").GetString().Should().Be(awkward.Id);
        node.GetProperty("type").GetString().Should().Be(awkward.Type);
        node.GetProperty("name").GetString().Should().Be(awkward.Name);
        node.GetProperty("nameEn").GetString().Should().Be(awkward.NameEn);
        node.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).Should().Equal(awkward.Aliases);
    }

    [Fact]
    public async Task Edges_carry_their_evidence_with_each_source_title_outlet_and_publication_date()
    {
        await using var factory = await ExportTestGraph.StartAsync();
        using var client = factory.CreateClient();

        using var json = await ExportApiTests.GetJsonAsync(client, "refs=person:wang-quan&depth=1");

        var edge = json.RootElement.GetProperty("edges").EnumerateArray().Should().ContainSingle().Subject;
        edge.GetProperty("id").GetString().Should().Be("rel:wang-secretary");
        edge.GetProperty("type").GetString().Should().Be("HOLDS_POSITION");
        edge.GetProperty("from").GetString().Should().Be("person:wang-quan");
        edge.GetProperty("to").GetString().Should().Be("place:changzhou");
        edge.GetProperty("role").GetString().Should().Be("市委书记");
        var evidence = edge.GetProperty("evidence").EnumerateArray().Should().ContainSingle().Subject;
        evidence.GetProperty("sourceId").GetString().Should().Be(SampleGraph.Article2018.Id);
        evidence.GetProperty("title").GetString().Should().Be(SampleGraph.Article2018.Title);
        evidence.GetProperty("outlet").GetString().Should().Be("常州日报");
        evidence.GetProperty("publishedOn").GetString().Should().Be("2018-11");
        evidence.GetProperty("quote").GetString().Should().Be("市委书记汪泉");
    }

    [Fact]
    public async Task Edges_carry_dates_validity_and_amounts_with_absent_values_as_null()
    {
        await using var factory = await ExportTestGraph.StartAsync();
        using var client = factory.CreateClient();

        using var json = await ExportApiTests.GetJsonAsync(client, "refs=org:awkward&depth=1");

        var edges = json.RootElement.GetProperty("edges").EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!);
        var located = edges["rel:awkward-in-wujin"];
        located.GetProperty("validFrom").GetString().Should().Be("2019-03");
        located.GetProperty("validTo").GetString().Should().Be("2021");
        located.GetProperty("date").ValueKind.Should().Be(JsonValueKind.Null);
        located.GetProperty("role").ValueKind.Should().Be(JsonValueKind.Null);
        located.GetProperty("amount").ValueKind.Should().Be(JsonValueKind.Null);
        located.GetProperty("evidence").GetArrayLength().Should().Be(2);
        var invests = edges["rel:awkward-invests"];
        invests.GetProperty("date").GetString().Should().Be("2024-10");
        var amount = invests.GetProperty("amount");
        amount.GetProperty("value").GetDecimal().Should().Be(1.5m);
        amount.GetProperty("unit").GetString().Should().Be("亿");
        amount.GetProperty("currency").GetString().Should().Be("CNY");
        amount.GetProperty("approximate").GetBoolean().Should().BeTrue();
        amount.GetProperty("text").GetString().Should().Be("近1.5亿元");
    }
}
