using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Api.Tests.Exports;

/// <summary>
/// Reads the GraphML and GEXF exports of the real seed with networkx (Debian's
/// <c>python3-networkx</c>, installed by .ci/setup.d/networkx.sh), fetched from the real host
/// over a loopback port, and compares what networkx sees with the JSON export of the same question.
/// </summary>
public sealed class NetworkxReadTests
{
    private const string Question = "refs=%E6%AD%A6%E8%BF%9B&depth=2&from=2024";

    private const string SkipAdvice = "install Debian's python3-networkx (.ci/setup.d/networkx.sh does) to run the networkx test";

    /// <summary>Prints what networkx read as JSON: node and edge counts, labels, and each edge's id, ends and symmetry.</summary>
    private const string ReadScript = """
        import json, sys
        import networkx as nx
        read = {"graphml": nx.read_graphml, "gexf": nx.read_gexf}[sys.argv[1]]
        g = read(sys.argv[2])
        # A multigraph (parallel edges) keys each edge by its id; a simple graph keeps the id as data.
        edges = g.edges(keys=True, data=True) if g.is_multigraph() else ((u, v, data["id"], data) for u, v, data in g.edges(data=True))
        print(json.dumps({
            "directed": g.is_directed(),
            "nodes": g.number_of_nodes(),
            "edges": g.number_of_edges(),
            "labels": {node: data.get("label") for node, data in g.nodes(data=True)},
            "links": [{"id": key, "from": u, "to": v, "symmetric": data.get("symmetric")} for u, v, key, data in edges],
        }))
        """;

    private static readonly HashSet<string> SymmetricTypes = ["MET", "COOPERATES_WITH"];

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("graphml")]
    [InlineData("gexf")]
    public async Task Networkx_reads_the_seed_subgraph_with_every_node_and_edge_named_and_directed_as_stored(string format)
    {
        var missing = await MissingNetworkxAsync();
        Assert.SkipWhen(missing is not null, $"{missing}: {SkipAdvice}.");
        await using var host = await SeededApiFactory.StartOnLoopbackAsync();
        using var client = new HttpClient { BaseAddress = host.ListeningAddress };
        using var expected = await JsonDocument.ParseAsync(await client.GetStreamAsync($"/export/subgraph.json?{Question}", Cancellation), cancellationToken: Cancellation);
        var directory = Directory.CreateTempSubdirectory("kg-networkx-");
        try
        {
            var path = Path.Combine(directory.FullName, $"subgraph.{format}");
            await File.WriteAllBytesAsync(path, await client.GetByteArrayAsync($"/export/subgraph.{format}?{Question}", Cancellation), Cancellation);

            var run = await RunPythonAsync(["-c", ReadScript, format, path]);

            run.ExitCode.Should().Be(0, "networkx should read the {0} export: {1}", format, run.Error);
            using var read = JsonDocument.Parse(run.Output);
            var graph = read.RootElement;
            var nodes = expected.RootElement.GetProperty("nodes").EnumerateArray().ToList();
            var edges = expected.RootElement.GetProperty("edges").EnumerateArray().ToList();
            expected.RootElement.GetProperty("truncated").GetBoolean().Should().BeFalse();
            edges.Should().Contain(edge => SymmetricTypes.Contains(edge.GetProperty("type").GetString()!), "the question should reach a symmetric relationship");
            graph.GetProperty("directed").GetBoolean().Should().BeTrue();
            graph.GetProperty("nodes").GetInt32().Should().Be(nodes.Count);
            graph.GetProperty("edges").GetInt32().Should().Be(edges.Count);
            Labels(graph).Should().Equal(nodes.ToDictionary(node => node.GetProperty("id").GetString()!, node => node.GetProperty("name").GetString()));
            Links(graph).Should().BeEquivalentTo(edges.Select(edge => new Link(
                edge.GetProperty("id").GetString()!,
                edge.GetProperty("from").GetString()!,
                edge.GetProperty("to").GetString()!,
                SymmetricTypes.Contains(edge.GetProperty("type").GetString()!))));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private sealed record Link(string Id, string From, string To, bool Symmetric);

    private sealed record PythonRun(int ExitCode, string Output, string Error);

    private static Dictionary<string, string?> Labels(JsonElement graph) =>
        graph.GetProperty("labels").EnumerateObject().ToDictionary(label => label.Name, label => label.Value.GetString());

    private static List<Link> Links(JsonElement graph) =>
    [
        .. graph.GetProperty("links").EnumerateArray().Select(link => new Link(
            link.GetProperty("id").GetString()!,
            link.GetProperty("from").GetString()!,
            link.GetProperty("to").GetString()!,
            link.GetProperty("symmetric").GetBoolean())),
    ];

    /// <summary>Why networkx cannot run here, or null when it can.</summary>
    private static async Task<string?> MissingNetworkxAsync()
    {
        try
        {
            var run = await RunPythonAsync(["-c", "import networkx"]);
            return run.ExitCode == 0 ? null : $"python3 cannot import networkx ({run.Error.Trim()})";
        }
        catch (Win32Exception)
        {
            return "python3 is not on PATH";
        }
    }

    private static async Task<PythonRun> RunPythonAsync(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("python3", arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        using var python = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        var output = python.StandardOutput.ReadToEndAsync(Cancellation);
        var error = python.StandardError.ReadToEndAsync(Cancellation);
        await python.WaitForExitAsync(Cancellation);
        return new PythonRun(python.ExitCode, await output, await error);
    }
}
