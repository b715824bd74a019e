using System.Globalization;
using System.Xml;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Api.Exports;

/// <summary>
/// <c>subgraph.gexf</c>: GEXF 1.3, a dynamic graph (<c>mode="dynamic"</c>,
/// <c>timeformat="date"</c>) so that Gephi's timeline can play it. Nodes are labelled with
/// their name, edges with their type; both carry <see cref="ExportAttributes"/> as static
/// attributes. A directed multigraph (<c>defaultedgetype="directed"</c>): each relationship is
/// an edge from <c>from</c> to <c>to</c> whose id is the relationship's, symmetric types say so
/// in the <c>symmetric</c> attribute, and <c>kind</c> is the relationship type so that Gephi
/// keeps parallel edges of different types apart.
/// </summary>
/// <remarks>
/// An edge's <c>start</c> and <c>end</c> cover the whole of its partial dates: an event dated
/// 2024-10 runs from 2024-10-01 to 2024-10-31, one dated 2024-10-22 starts and ends that day;
/// a state runs from the first day of <c>validFrom</c> to the last day of <c>validTo</c>, open on
/// a side that is unknown. An edge with no time at all has neither and shows throughout.
/// </remarks>
internal sealed class GexfWriter : ISubgraphWriter
{
    public const string Namespace = "http://gexf.net/1.3";

    public string FileName => "subgraph.gexf";

    public string ContentType => "application/gexf+xml; charset=utf-8";

    public async Task WriteAsync(SubgraphExport export, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = XmlWriter.Create(output, ExportXml.WriterSettings);
        await writer.WriteStartDocumentAsync();
        await writer.WriteStartElementAsync(null, "gexf", Namespace);
        await ExportXml.WriteSchemaLocationAsync(writer, Namespace, "http://gexf.net/1.3/gexf.xsd");
        await writer.WriteAttributeStringAsync(null, "version", null, "1.3");
        await WriteMetaAsync(writer);
        await writer.WriteStartElementAsync(null, "graph", Namespace);
        await writer.WriteAttributeStringAsync(null, "mode", null, "dynamic");
        await writer.WriteAttributeStringAsync(null, "defaultedgetype", null, "directed");
        await writer.WriteAttributeStringAsync(null, "timeformat", null, "date");
        await WriteDeclarationsAsync(writer, "node", ExportAttributes.NodeAttributes);
        await WriteDeclarationsAsync(writer, "edge", ExportAttributes.EdgeAttributes);
        await writer.WriteStartElementAsync(null, "nodes", Namespace);
        foreach (var node in export.Subgraph.Nodes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await WriteNodeAsync(writer, export, node);
        }

        await writer.WriteEndElementAsync();
        await writer.WriteStartElementAsync(null, "edges", Namespace);
        foreach (var relationship in export.Subgraph.Relationships)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await WriteEdgeAsync(writer, export, relationship);
        }

        await writer.WriteEndElementAsync();
        await writer.WriteEndElementAsync();
        await writer.WriteEndElementAsync();
        await writer.WriteEndDocumentAsync();
        await writer.FlushAsync();
    }

    private static async Task WriteMetaAsync(XmlWriter writer)
    {
        await writer.WriteStartElementAsync(null, "meta", Namespace);
        await writer.WriteElementStringAsync(null, "creator", Namespace, "KnowledgeGraph");
        await writer.WriteElementStringAsync(null, "description", Namespace, "A subgraph of the knowledge graph, each edge with its evidence");
        await writer.WriteEndElementAsync();
    }

    private static async Task WriteDeclarationsAsync<T>(XmlWriter writer, string domain, IReadOnlyList<ExportAttribute<T>> attributes)
    {
        await writer.WriteStartElementAsync(null, "attributes", Namespace);
        await writer.WriteAttributeStringAsync(null, "class", null, domain);
        await writer.WriteAttributeStringAsync(null, "mode", null, "static");
        foreach (var attribute in attributes)
        {
            await writer.WriteStartElementAsync(null, "attribute", Namespace);
            await writer.WriteAttributeStringAsync(null, "id", null, attribute.Id);
            await writer.WriteAttributeStringAsync(null, "title", null, attribute.Name);
            await writer.WriteAttributeStringAsync(null, "type", null, attribute.Type);
            await writer.WriteEndElementAsync();
        }

        await writer.WriteEndElementAsync();
    }

    private static async Task WriteNodeAsync(XmlWriter writer, SubgraphExport export, Entity node)
    {
        await writer.WriteStartElementAsync(null, "node", Namespace);
        await writer.WriteAttributeStringAsync(null, "id", null, node.Id);
        await writer.WriteAttributeStringAsync(null, "label", null, ExportAttributes.NodeLabel.Value(export, node));
        await WriteValuesAsync(writer, export, node, ExportAttributes.NodeAttributes);
        await writer.WriteEndElementAsync();
    }

    private static async Task WriteEdgeAsync(XmlWriter writer, SubgraphExport export, Relationship relationship)
    {
        await writer.WriteStartElementAsync(null, "edge", Namespace);
        await writer.WriteAttributeStringAsync(null, "id", null, relationship.Id);
        await writer.WriteAttributeStringAsync(null, "source", null, relationship.FromId);
        await writer.WriteAttributeStringAsync(null, "target", null, relationship.ToId);
        await writer.WriteAttributeStringAsync(null, "label", null, ExportAttributes.EdgeLabel.Value(export, relationship));
        await writer.WriteAttributeStringAsync(null, "kind", null, relationship.Type);

        var (start, end) = Spell(relationship);
        if (start is { } first)
        {
            await writer.WriteAttributeStringAsync(null, "start", null, XmlDate(first));
        }

        if (end is { } last)
        {
            await writer.WriteAttributeStringAsync(null, "end", null, XmlDate(last));
        }

        await WriteValuesAsync(writer, export, relationship, ExportAttributes.EdgeAttributes);
        await writer.WriteEndElementAsync();
    }

    private static async Task WriteValuesAsync<T>(XmlWriter writer, SubgraphExport export, T item, IReadOnlyList<ExportAttribute<T>> attributes)
    {
        await writer.WriteStartElementAsync(null, "attvalues", Namespace);
        foreach (var attribute in attributes)
        {
            if (attribute.Value(export, item) is { } value)
            {
                await writer.WriteStartElementAsync(null, "attvalue", Namespace);
                await writer.WriteAttributeStringAsync(null, "for", null, attribute.Id);
                await writer.WriteAttributeStringAsync(null, "value", null, value);
                await writer.WriteEndElementAsync();
            }
        }

        await writer.WriteEndElementAsync();
    }

    /// <summary>The days an edge holds on, each side null when open.</summary>
    private static (DateOnly? Start, DateOnly? End) Spell(Relationship relationship) =>
        relationship.Date is { } date
            ? (date.Start, date.End)
            : (relationship.ValidFrom?.Start, relationship.ValidTo?.End);

    private static string XmlDate(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
