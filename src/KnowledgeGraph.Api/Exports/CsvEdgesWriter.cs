using System.Globalization;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Api.Exports;

/// <summary>
/// <c>subgraph.edges.csv</c>: one row per relationship with the columns <c>id, type, from,
/// to, role, date, validFrom, validTo, amountValue, amountUnit, amountCurrency,
/// amountApproximate, amountText, evidence</c>. <c>from</c> and <c>to</c> are node ids of
/// <c>subgraph.nodes.csv</c>; dates are partial dates (<c>2024</c>, <c>2024-10</c>,
/// <c>2024-10-22</c>); <c>evidence</c> is a JSON array of
/// <c>{sourceId, title, outlet, publishedOn, quote}</c>.
/// </summary>
internal sealed class CsvEdgesWriter : ISubgraphWriter
{
    private static readonly string[] Header =
    [
        "id", "type", "from", "to", "role", "date", "validFrom", "validTo",
        "amountValue", "amountUnit", "amountCurrency", "amountApproximate", "amountText", "evidence",
    ];

    public string FileName => "subgraph.edges.csv";

    public string ContentType => CsvExport.ContentType;

    public Task WriteAsync(SubgraphExport export, Stream output, CancellationToken cancellationToken) =>
        CsvExport.WriteAsync(output, Header, export.Subgraph.Relationships, relationship => Fields(export, relationship), cancellationToken);

    private static string?[] Fields(SubgraphExport export, Relationship relationship) =>
    [
        relationship.Id,
        relationship.Type,
        relationship.FromId,
        relationship.ToId,
        relationship.Role,
        relationship.Date?.ToString(),
        relationship.ValidFrom?.ToString(),
        relationship.ValidTo?.ToString(),
        relationship.Amount?.Value.ToString(CultureInfo.InvariantCulture),
        relationship.Amount?.Unit,
        relationship.Amount?.Currency,
        relationship.Amount is { } amount ? (amount.Approximate ? "true" : "false") : null,
        relationship.Amount?.Text,
        ExportJson.EvidenceText(export, relationship),
    ];
}
