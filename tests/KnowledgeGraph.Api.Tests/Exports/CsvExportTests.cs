using System.Globalization;
using System.Net;
using System.Text.Json;
using CsvHelper;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Api.Tests.Exports;

public sealed class CsvExportTests
{
    private static readonly byte[] Utf8ByteOrderMark = [0xEF, 0xBB, 0xBF];

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("subgraph.nodes.csv")]
    [InlineData("subgraph.edges.csv")]
    public async Task The_csv_exports_of_the_sample_match_their_golden_files(string file)
    {
        await using var factory = await ExportTestGraph.StartAsync();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync($"/export/{file}?{Golden.Query}", Cancellation);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        Golden.TextMatches(file, await response.Content.ReadAsStringAsync(Cancellation));
    }

    [Theory]
    [InlineData("subgraph.nodes.csv")]
    [InlineData("subgraph.edges.csv")]
    public async Task Csv_is_utf8_with_a_byte_order_mark_and_crlf_records_for_spreadsheets(string file)
    {
        await using var factory = await ExportTestGraph.StartAsync();
        using var client = factory.CreateClient();

        var bytes = await client.GetByteArrayAsync($"/export/{file}?refs=place:wujin", Cancellation);

        bytes.Take(3).Should().Equal(Utf8ByteOrderMark);
        System.Text.Encoding.UTF8.GetString(bytes).Should().Contain("\r\n");
    }

    [Fact]
    public async Task Nodes_read_back_with_csvhelper_are_the_entities_stored()
    {
        await using var factory = await ExportTestGraph.StartAsync();
        using var client = factory.CreateClient();

        var nodes = await ReadAsync(client, $"subgraph.nodes.csv?{Query}", ReadNode);

        nodes.Should().NotBeEmpty().And.Contain(node => node.Id == ExportTestGraph.Awkward.Id);
        nodes.Select(node => node.Id).Should().Equal(await JsonIdsAsync(client, "nodes"));
        var stored = ExportTestGraph.Entities.ToDictionary(entity => entity.Id);
        foreach (var node in nodes)
        {
            node.Should().BeEquivalentTo(stored[node.Id] with { Note = null });
        }
    }

    [Fact]
    public async Task Edges_read_back_with_csvhelper_are_the_relationships_stored_with_their_evidence()
    {
        await using var factory = await ExportTestGraph.StartAsync();
        using var client = factory.CreateClient();

        var edges = await ReadAsync(client, $"subgraph.edges.csv?{Query}", ReadEdge);

        edges.Should().Contain(edge => edge.Id == ExportTestGraph.AwkwardInWujin.Id).And.Contain(edge => edge.Id == ExportTestGraph.AwkwardInvests.Id);
        edges.Select(edge => edge.Id).Should().Equal(await JsonIdsAsync(client, "edges"));
        var stored = ExportTestGraph.Relationships.ToDictionary(relationship => relationship.Id);
        foreach (var edge in edges)
        {
            edge.Should().BeEquivalentTo(stored[edge.Id]);
        }
    }

    [Fact]
    public async Task The_evidence_column_gives_each_source_title_and_publication_date()
    {
        await using var factory = await ExportTestGraph.StartAsync();
        using var client = factory.CreateClient();

        var evidence = await ReadAsync(client, "subgraph.edges.csv?refs=org:awkward&types=LOCATED_IN", csv => csv.GetString("evidence"));

        using var json = JsonDocument.Parse(evidence.Should().ContainSingle().Subject);
        var first = json.RootElement[0];
        first.GetProperty("title").GetString().Should().Be("汪泉率团赴北京");
        first.GetProperty("publishedOn").GetString().Should().Be("2018-11");
        first.GetProperty("quote").GetString().Should().Be(ExportTestGraph.AwkwardInWujin.Evidence[0].Quote);
    }

    /// <summary>Everything around Wujin and the awkward company: Chinese text, commas, quotes, line breaks, amounts, dates.</summary>
    private static string Query => $"{ExportTestGraph.Refs("武进", "org:awkward")}&depth=2";

    internal static async Task<List<T>> ReadAsync<T>(HttpClient client, string pathAndQuery, Func<CsvReader, T> read)
    {
        using var response = await client.GetAsync($"/export/{pathAndQuery}", Cancellation);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        await using var csv = CsvReader.Create(await response.Content.ReadAsStreamAsync(Cancellation), CsvReaderOptions.Default with { Separator = ',' });
        var records = new List<T>();
        while (await csv.ReadAsync(Cancellation))
        {
            records.Add(read(csv));
        }

        return records;
    }

    private static async Task<List<string>> JsonIdsAsync(HttpClient client, string list)
    {
        using var json = await ExportApiTests.GetJsonAsync(client, Query);
        return [.. json.RootElement.GetProperty(list).EnumerateArray().Select(item => item.GetProperty("id").GetString()!)];
    }

    private static Entity ReadNode(CsvReader csv) =>
        new(csv.GetString("id"), csv.GetString("type"), csv.GetString("name"))
        {
            NameEn = Optional(csv, "nameEn"),
            Aliases = JsonSerializer.Deserialize<List<string>>(csv.GetString("aliases"))!,
        };

    private static Relationship ReadEdge(CsvReader csv) =>
        new(csv.GetString("id"), csv.GetString("type"), csv.GetString("from"), csv.GetString("to"))
        {
            Role = Optional(csv, "role"),
            Date = Date(csv, "date"),
            ValidFrom = Date(csv, "validFrom"),
            ValidTo = Date(csv, "validTo"),
            Amount = Optional(csv, "amountValue") is { } value
                ? new Money(decimal.Parse(value, CultureInfo.InvariantCulture), csv.GetString("amountUnit"), csv.GetString("amountCurrency"))
                {
                    Approximate = bool.Parse(csv.GetString("amountApproximate")),
                    Text = Optional(csv, "amountText"),
                }
                : null,
            Evidence = [.. JsonDocument.Parse(csv.GetString("evidence")).RootElement.EnumerateArray()
                .Select(e => new Evidence(e.GetProperty("sourceId").GetString()!, e.GetProperty("quote").GetString()!))],
        };

    private static string? Optional(CsvReader csv, string column) => csv.GetString(column) is { Length: > 0 } text ? text : null;

    private static PartialDate? Date(CsvReader csv, string column) => Optional(csv, column) is { } text ? PartialDate.Parse(text) : null;
}
