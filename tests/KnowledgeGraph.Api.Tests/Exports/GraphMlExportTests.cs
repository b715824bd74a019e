using System.Globalization;
using System.Net;
using System.Xml.Linq;

namespace KnowledgeGraph.Api.Tests.Exports;

public sealed class GraphMlExportTests
{
    private static readonly XNamespace GraphMl = "http://graphml.graphdrawing.org/xmlns";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_graphml_export_of_the_sample_matches_its_golden_file()
    {
        await using var factory = await ExportTestGraph.StartAsync();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync($"/export/subgraph.graphml?{Golden.Query}", Cancellation);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        Golden.TextMatches("subgraph.graphml", await response.Content.ReadAsStringAsync(Cancellation));
    }

    [Fact]
    public async Task Every_data_element_uses_a_declared_key_for_its_kind_of_element_with_a_value_of_its_type()
    {
        var document = await ExportAsync(WholeGraph);

        document.Root!.Name.Should().Be(GraphMl + "graphml");
        var keys = document.Root.Elements(GraphMl + "key").ToList();
        keys.Select(key => (string)key.Attribute("id")!).Should().OnlyHaveUniqueItems();
        var declared = keys.ToDictionary(key => (string)key.Attribute("id")!);
        var data = document.Descendants(GraphMl + "data").ToList();
        data.Should().NotBeEmpty();
        foreach (var item in data)
        {
            var key = declared[(string)item.Attribute("key")!];
            ((string)key.Attribute("for")!).Should().Be(item.Parent!.Name.LocalName);
            ValueIsOfType(item.Value, (string)key.Attribute("attr.type")!).Should().BeTrue($"'{item.Value}' should be a {key.Attribute("attr.type")}");
        }

        declared.Keys.Should().BeSubsetOf(data.Select(item => (string)item.Attribute("key")!), "every key declared is used on the whole graph");
    }

    [Fact]
    public async Task Every_edge_joins_two_nodes_of_the_graph()
    {
        var document = await ExportAsync(WholeGraph);

        var nodeIds = document.Descendants(GraphMl + "node").Select(node => (string)node.Attribute("id")!).ToList();
        nodeIds.Should().OnlyHaveUniqueItems();
        var edges = document.Descendants(GraphMl + "edge").ToList();
        edges.Should().NotBeEmpty();
        edges.Select(edge => (string)edge.Attribute("source")!).Should().BeSubsetOf(nodeIds);
        edges.Select(edge => (string)edge.Attribute("target")!).Should().BeSubsetOf(nodeIds);
    }

    [Fact]
    public async Task Attributes_read_back_as_stored_and_nodes_and_edges_carry_a_label()
    {
        var document = await ExportAsync(WholeGraph);

        var awkward = document.Descendants(GraphMl + "node").Single(node => (string)node.Attribute("id")! == "org:awkward");
        Data(document, awkward, "label").Should().Be(ExportTestGraph.Awkward.Name);
        Data(document, awkward, "name").Should().Be(ExportTestGraph.Awkward.Name);
        Data(document, awkward, "nameEn").Should().Be(ExportTestGraph.Awkward.NameEn);
        var meeting = Edge(document, "rel:chen-meets-zuo");
        Data(document, meeting, "label").Should().Be("MET");
        Data(document, meeting, "date").Should().Be("2024-10-23");
        var position = Edge(document, "rel:chen-secretary");
        Data(document, position, "label").Should().Be("HOLDS_POSITION");
        Data(document, position, "role").Should().Be("市委书记");
        Data(document, position, "evidence").Should().Contain("市委书记陈金虎").And.Contain("陈金虎率团赴深圳开展经贸洽谈活动");
        Data(document, position, "date").Should().BeNull();
    }

    [Fact]
    public async Task The_graph_is_directed_and_a_symmetric_edge_runs_from_to_as_stored_and_says_it_is_symmetric()
    {
        var document = await ExportAsync(WholeGraph);

        ((string?)document.Root!.Element(GraphMl + "graph")!.Attribute("edgedefault")).Should().Be("directed");
        document.Descendants(GraphMl + "edge").Should().NotContain(edge => edge.Attribute("directed") != null, "an undirected edge in a directed graph is refused by networkx");
        var meeting = Edge(document, "rel:chen-meets-zuo");
        ((string?)meeting.Attribute("source")).Should().Be("person:chen-jinhu");
        ((string?)meeting.Attribute("target")).Should().Be("person:zuo-ding");
        Data(document, meeting, "symmetric").Should().Be("true");
        Data(document, Edge(document, "rel:chen-secretary"), "symmetric").Should().Be("false");
    }

    [Fact]
    public async Task The_graph_says_whether_it_was_truncated()
    {
        var document = await ExportAsync("refs=place:changzhou&limit=1");

        Data(document, document.Root!.Element(GraphMl + "graph")!, "truncated").Should().Be("true");
    }

    private static string WholeGraph => "refs=place:changzhou&refs=place:shenzhen&refs=org:awkward&depth=4";

    private static async Task<XDocument> ExportAsync(string query)
    {
        await using var factory = await ExportTestGraph.StartAsync();
        using var client = factory.CreateClient();
        using var response = await client.GetAsync($"/export/subgraph.graphml?{query}", Cancellation);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return await XDocument.LoadAsync(await response.Content.ReadAsStreamAsync(Cancellation), LoadOptions.None, Cancellation);
    }

    private static XElement Edge(XDocument document, string id) =>
        document.Descendants(GraphMl + "edge").Single(edge => (string)edge.Attribute("id")! == id);

    /// <summary>The value of the attribute named <paramref name="name"/> on an element, found through its key.</summary>
    private static string? Data(XDocument document, XElement element, string name)
    {
        var key = document.Root!.Elements(GraphMl + "key")
            .Single(k => (string)k.Attribute("attr.name")! == name && (string)k.Attribute("for")! == element.Name.LocalName);
        return element.Elements(GraphMl + "data").SingleOrDefault(d => (string)d.Attribute("key")! == (string)key.Attribute("id")!)?.Value;
    }

    private static bool ValueIsOfType(string value, string type) => type switch
    {
        "string" => true,
        "boolean" => value is "true" or "false",
        "double" => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
        _ => false,
    };
}
