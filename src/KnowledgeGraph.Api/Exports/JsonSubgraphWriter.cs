using System.Text.Json;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Api.Exports;

/// <summary>
/// <c>subgraph.json</c>: <c>{"truncated", "nodes": [{id, type, name, nameEn, aliases}],
/// "edges": [{id, type, from, to, role, date, validFrom, validTo, amount, evidence}]}</c>,
/// the names of the GraphQL contract; absent values are null, dates are partial dates as text.
/// </summary>
internal sealed class JsonSubgraphWriter : ISubgraphWriter
{
    /// <summary>Written out once this much is pending, so a large export never sits whole in memory.</summary>
    private const int FlushThreshold = 16 * 1024;

    public string FileName => "subgraph.json";

    public string ContentType => "application/json; charset=utf-8";

    public async Task WriteAsync(SubgraphExport export, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new Utf8JsonWriter(output, ExportJson.WriterOptions);
        writer.WriteStartObject();
        writer.WriteBoolean("truncated", export.Subgraph.Truncated);
        writer.WriteStartArray("nodes");
        foreach (var node in export.Subgraph.Nodes)
        {
            WriteNode(writer, node);
            await FlushWhenFullAsync(writer, cancellationToken);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("edges");
        foreach (var relationship in export.Subgraph.Relationships)
        {
            WriteEdge(writer, export, relationship);
            await FlushWhenFullAsync(writer, cancellationToken);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
    }

    private static void WriteNode(Utf8JsonWriter writer, Entity node)
    {
        writer.WriteStartObject();
        writer.WriteString("id", node.Id);
        writer.WriteString("type", node.Type);
        writer.WriteString("name", node.Name);
        writer.WriteString("nameEn", node.NameEn);
        writer.WritePropertyName("aliases");
        ExportJson.WriteAliases(writer, node);
        writer.WriteEndObject();
    }

    private static void WriteEdge(Utf8JsonWriter writer, SubgraphExport export, Relationship relationship)
    {
        writer.WriteStartObject();
        writer.WriteString("id", relationship.Id);
        writer.WriteString("type", relationship.Type);
        writer.WriteString("from", relationship.FromId);
        writer.WriteString("to", relationship.ToId);
        writer.WriteString("role", relationship.Role);
        writer.WriteString("date", relationship.Date?.ToString());
        writer.WriteString("validFrom", relationship.ValidFrom?.ToString());
        writer.WriteString("validTo", relationship.ValidTo?.ToString());
        WriteAmount(writer, relationship.Amount);
        writer.WritePropertyName("evidence");
        ExportJson.WriteEvidence(writer, export, relationship);
        writer.WriteEndObject();
    }

    private static void WriteAmount(Utf8JsonWriter writer, Money? amount)
    {
        if (amount is null)
        {
            writer.WriteNull("amount");
            return;
        }

        writer.WriteStartObject("amount");
        writer.WriteNumber("value", amount.Value);
        writer.WriteString("unit", amount.Unit);
        writer.WriteString("currency", amount.Currency);
        writer.WriteBoolean("approximate", amount.Approximate);
        writer.WriteString("text", amount.Text);
        writer.WriteEndObject();
    }

    private static async Task FlushWhenFullAsync(Utf8JsonWriter writer, CancellationToken cancellationToken)
    {
        if (writer.BytesPending >= FlushThreshold)
        {
            await writer.FlushAsync(cancellationToken);
        }
    }
}
