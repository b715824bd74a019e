using CsvHelper;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Api.Exports;

/// <summary>
/// <c>subgraph.nodes.csv</c>: one row per entity with the columns
/// <c>id, type, name, nameEn, aliases</c>; <c>aliases</c> is a JSON array of strings. Text
/// that starts like a formula is escaped as <paramref name="formulas"/> says (<see cref="CsvExport"/>).
/// </summary>
internal sealed class CsvNodesWriter(CsvFormulas formulas = CsvFormulas.Escape) : ISubgraphWriter
{
    private static readonly string[] Header = ["id", "type", "name", "nameEn", "aliases"];

    public string FileName => "subgraph.nodes.csv";

    public string ContentType => CsvExport.ContentType;

    public IReadOnlyList<string> FormatParameters { get; } = [CsvFormulasParameter.Name];

    public ISubgraphWriter Configure(IQueryCollection query) => new CsvNodesWriter(CsvFormulasParameter.Parse(query));

    public Task WriteAsync(SubgraphExport export, Stream output, CancellationToken cancellationToken) =>
        CsvExport.WriteAsync(output, formulas, Header, export.Subgraph.Nodes, WriteFields, cancellationToken);

    private static void WriteFields(CsvWriter csv, Entity node)
    {
        csv.WriteField(node.Id);
        csv.WriteField(node.Type);
        csv.WriteField(node.Name);
        csv.WriteField(node.NameEn);
        csv.WriteField(ExportJson.AliasesText(node));
    }
}
