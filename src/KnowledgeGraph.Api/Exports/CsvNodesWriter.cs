using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Api.Exports;

/// <summary>
/// <c>subgraph.nodes.csv</c>: one row per entity with the columns
/// <c>id, type, name, nameEn, aliases</c>; <c>aliases</c> is a JSON array of strings.
/// </summary>
internal sealed class CsvNodesWriter : ISubgraphWriter
{
    private static readonly string[] Header = ["id", "type", "name", "nameEn", "aliases"];

    public string FileName => "subgraph.nodes.csv";

    public string ContentType => CsvExport.ContentType;

    public Task WriteAsync(SubgraphExport export, Stream output, CancellationToken cancellationToken) =>
        CsvExport.WriteAsync(output, Header, export.Subgraph.Nodes, Fields, cancellationToken);

    private static string?[] Fields(Entity node) =>
        [node.Id, node.Type, node.Name, node.NameEn, ExportJson.AliasesText(node)];
}
