using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Api.Exports;

/// <summary>
/// The JSON shapes the formats share: aliases as an array of strings, evidence as an array of
/// <c>{sourceId, title, outlet, publishedOn, quote}</c>. Formats without lists (CSV, GraphML,
/// GEXF) carry these arrays as JSON text in one cell or attribute.
/// </summary>
internal static class ExportJson
{
    /// <summary>Chinese text stays readable; only what JSON or HTML requires is escaped.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static void WriteAliases(Utf8JsonWriter writer, Entity entity)
    {
        writer.WriteStartArray();
        foreach (var alias in entity.Aliases)
        {
            writer.WriteStringValue(alias);
        }

        writer.WriteEndArray();
    }

    public static void WriteEvidence(Utf8JsonWriter writer, SubgraphExport export, Relationship relationship)
    {
        writer.WriteStartArray();
        foreach (var evidence in relationship.Evidence)
        {
            var source = export.SourceOf(evidence);
            writer.WriteStartObject();
            writer.WriteString("sourceId", evidence.SourceId);
            writer.WriteString("title", source?.Title);
            writer.WriteString("outlet", source?.Outlet);
            writer.WriteString("publishedOn", source?.PublishedOn?.ToString());
            writer.WriteString("quote", evidence.Quote);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>The aliases as JSON text, e.g. <c>["武进","Wujin"]</c>.</summary>
    public static string AliasesText(Entity entity) => Text(writer => WriteAliases(writer, entity));

    /// <summary>The evidence as JSON text, one object per source and quote.</summary>
    public static string EvidenceText(SubgraphExport export, Relationship relationship) =>
        Text(writer => WriteEvidence(writer, export, relationship));

    private static string Text(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
