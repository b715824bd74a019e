using CsvHelper;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Api.Exports;

/// <summary>
/// <c>subgraph.edges.csv</c>: one row per relationship with the columns <c>id, type, from,
/// to, role, date, validFrom, validTo, amountValue, amountUnit, amountCurrency,
/// amountApproximate, amountText, evidence</c>. <c>from</c> and <c>to</c> are node ids of
/// <c>subgraph.nodes.csv</c>; dates are partial dates (<c>2024</c>, <c>2024-10</c>,
/// <c>2024-10-22</c>); <c>evidence</c> is a JSON array of
/// <c>{sourceId, title, outlet, publishedOn, quote}</c>. Text that starts like a formula is
/// escaped as <paramref name="formulas"/> says; <c>amountValue</c> is a number and never is
/// (<see cref="CsvExport"/>).
/// </summary>
internal sealed class CsvEdgesWriter(CsvFormulas formulas = CsvFormulas.Escape) : ISubgraphWriter
{
    private static readonly string[] Header =
    [
        "id", "type", "from", "to", "role", "date", "validFrom", "validTo",
        "amountValue", "amountUnit", "amountCurrency", "amountApproximate", "amountText", "evidence",
    ];

    public string FileName => "subgraph.edges.csv";

    public string ContentType => CsvExport.ContentType;

    public IReadOnlyList<string> FormatParameters { get; } = [CsvFormulasParameter.Name];

    public ISubgraphWriter Configure(IQueryCollection query) => new CsvEdgesWriter(CsvFormulasParameter.Parse(query));

    public Task WriteAsync(SubgraphExport export, Stream output, CancellationToken cancellationToken) =>
        CsvExport.WriteAsync(output, formulas, Header, export.Subgraph.Relationships, (csv, relationship) => WriteFields(csv, export, relationship), cancellationToken);

    private static void WriteFields(CsvWriter csv, SubgraphExport export, Relationship relationship)
    {
        csv.WriteField(relationship.Id);
        csv.WriteField(relationship.Type);
        csv.WriteField(relationship.FromId);
        csv.WriteField(relationship.ToId);
        csv.WriteField(relationship.Role);
        csv.WriteField(relationship.Date?.ToString());
        csv.WriteField(relationship.ValidFrom?.ToString());
        csv.WriteField(relationship.ValidTo?.ToString());
        csv.WriteField(relationship.Amount?.Value, format: "");
        csv.WriteField(relationship.Amount?.Unit);
        csv.WriteField(relationship.Amount?.Currency);
        csv.WriteField(relationship.Amount is { } amount ? (amount.Approximate ? "true" : "false") : null);
        csv.WriteField(relationship.Amount?.Text);
        csv.WriteField(ExportJson.EvidenceText(export, relationship));
    }
}
