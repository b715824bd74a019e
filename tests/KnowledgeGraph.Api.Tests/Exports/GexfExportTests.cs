using System.Globalization;
using System.Net;
using System.Xml.Linq;

namespace KnowledgeGraph.Api.Tests.Exports;

public sealed class GexfExportTests
{
    private static readonly XNamespace Gexf = "http://gexf.net/1.3";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_gexf_export_of_the_sample_matches_its_golden_file()
    {
        await using var factory = await ExportTestGraph.StartAsync();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync($"/export/subgraph.gexf?{Golden.Query}", Cancellation);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        Golden.TextMatches("subgraph.gexf", await response.Content.ReadAsStringAsync(Cancellation));
    }

    [Fact]
    public async Task The_graph_is_gexf_1_3_dynamic_with_dates_for_gephis_timeline()
    {
        var document = await ExportAsync();

        document.Root!.Name.Should().Be(Gexf + "gexf");
        ((string?)document.Root.Attribute("version")).Should().Be("1.3");
        var graph = document.Root.Element(Gexf + "graph")!;
        ((string?)graph.Attribute("mode")).Should().Be("dynamic");
        ((string?)graph.Attribute("timeformat")).Should().Be("date");
        ((string?)graph.Attribute("defaultedgetype")).Should().Be("directed");
    }

    [Theory]
    [InlineData("node")]
    [InlineData("edge")]
    public async Task Every_value_is_for_an_attribute_declared_for_its_class_and_of_its_type(string kind)
    {
        var document = await ExportAsync();

        var declarations = document.Descendants(Gexf + "attributes").Single(a => (string)a.Attribute("class")! == kind);
        var declared = declarations.Elements(Gexf + "attribute").ToDictionary(a => (string)a.Attribute("id")!, a => (string)a.Attribute("type")!);
        var values = document.Descendants(Gexf + kind).SelectMany(item => item.Descendants(Gexf + "attvalue")).ToList();
        values.Should().NotBeEmpty();
        foreach (var value in values)
        {
            var type = declared[(string)value.Attribute("for")!];
            ValueIsOfType((string)value.Attribute("value")!, type).Should().BeTrue($"'{value.Attribute("value")}' should be a {type}");
        }

        declared.Keys.Should().BeSubsetOf(values.Select(v => (string)v.Attribute("for")!), "every attribute declared is used on the whole graph");
    }

    [Fact]
    public async Task Every_edge_joins_two_nodes_and_every_dated_edge_has_a_start_and_an_end()
    {
        var document = await ExportAsync();

        var nodeIds = document.Descendants(Gexf + "node").Select(node => (string)node.Attribute("id")!).ToList();
        nodeIds.Should().OnlyHaveUniqueItems();
        var edges = document.Descendants(Gexf + "edge").ToList();
        edges.Select(edge => (string)edge.Attribute("source")!).Should().BeSubsetOf(nodeIds);
        edges.Select(edge => (string)edge.Attribute("target")!).Should().BeSubsetOf(nodeIds);
        var dated = edges.Where(edge => Value(edge, "edge_date") is not null).ToList();
        dated.Should().NotBeEmpty();
        foreach (var edge in dated)
        {
            var start = Day(edge, "start");
            var end = Day(edge, "end");
            start.Should().NotBeNull();
            end.Should().NotBeNull().And.BeOnOrAfter(start!.Value);
        }
    }

    [Theory]
    [InlineData("rel:chen-meets-zuo", "2024-10-23", "2024-10-23")]
    [InlineData("rel:trip-visits-lab", "2024-10-01", "2024-10-31")]
    [InlineData("rel:aac-invests", "2018-01-01", "2018-12-31")]
    [InlineData("rel:awkward-in-wujin", "2019-03-01", "2021-12-31")]
    [InlineData("rel:zuo-director", "2023-01-01", null)]
    [InlineData("rel:lab-in-nanshan", null, null)]
    public async Task An_edge_spans_the_whole_of_its_partial_dates_and_is_open_where_they_are_unknown(string id, string? start, string? end)
    {
        var document = await ExportAsync();

        var edge = document.Descendants(Gexf + "edge").Single(e => (string)e.Attribute("id")! == id);

        ((string?)edge.Attribute("start")).Should().Be(start);
        ((string?)edge.Attribute("end")).Should().Be(end);
    }

    [Fact]
    public async Task Nodes_are_labelled_by_name_and_edges_by_type_and_kind()
    {
        var document = await ExportAsync();

        var awkward = document.Descendants(Gexf + "node").Single(n => (string)n.Attribute("id")! == "org:awkward");
        ((string?)awkward.Attribute("label")).Should().Be(ExportTestGraph.Awkward.Name);
        Value(awkward, "node_aliases").Should().Contain("two\\nlines");
        var meeting = Edge(document, "rel:chen-meets-zuo");
        ((string?)meeting.Attribute("label")).Should().Be("MET");
        ((string?)meeting.Attribute("kind")).Should().Be("MET", "Gephi keeps parallel edges of different kinds apart");
        Value(meeting, "edge_evidence").Should().Contain("陈金虎与左丁座谈");
    }

    [Fact]
    public async Task A_symmetric_edge_runs_from_to_as_stored_and_says_it_is_symmetric()
    {
        var document = await ExportAsync();

        document.Descendants(Gexf + "edge").Should().NotContain(edge => edge.Attribute("type") != null, "an undirected edge in a directed graph is refused by networkx");
        var meeting = Edge(document, "rel:chen-meets-zuo");
        ((string?)meeting.Attribute("source")).Should().Be("person:chen-jinhu");
        ((string?)meeting.Attribute("target")).Should().Be("person:zuo-ding");
        Value(meeting, "edge_symmetric").Should().Be("true");
        Value(Edge(document, "rel:chen-secretary"), "edge_symmetric").Should().Be("false");
    }

    private static async Task<XDocument> ExportAsync()
    {
        await using var factory = await ExportTestGraph.StartAsync();
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(
            "/export/subgraph.gexf?refs=place:changzhou&refs=place:shenzhen&refs=org:awkward&depth=4", Cancellation);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return await XDocument.LoadAsync(await response.Content.ReadAsStreamAsync(Cancellation), LoadOptions.None, Cancellation);
    }

    private static XElement Edge(XDocument document, string id) =>
        document.Descendants(Gexf + "edge").Single(edge => (string)edge.Attribute("id")! == id);

    private static string? Value(XElement item, string attributeId) =>
        (string?)item.Descendants(Gexf + "attvalue").SingleOrDefault(v => (string)v.Attribute("for")! == attributeId)?.Attribute("value");

    private static DateOnly? Day(XElement edge, string attribute) =>
        edge.Attribute(attribute) is { } value ? DateOnly.ParseExact(value.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    private static bool ValueIsOfType(string value, string type) => type switch
    {
        "string" => true,
        "boolean" => value is "true" or "false",
        "double" => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
        _ => false,
    };
}
