using System.Xml;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Api.Exports;

/// <summary>
/// <c>subgraph.graphml</c>: GraphML 1.0 with a <c>key</c> declared for every attribute
/// (<see cref="ExportAttributes"/>, a <c>label</c> for nodes and edges, and <c>truncated</c>
/// on the graph). One directed multigraph (<c>edgedefault="directed"</c>): each relationship is
/// an edge from <c>from</c> to <c>to</c> whose id is the relationship's, parallel edges allowed,
/// and symmetric types say so in the <c>symmetric</c> attribute. An absent value has no
/// <c>data</c> element.
/// </summary>
internal sealed class GraphMlWriter : ISubgraphWriter
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private const string TruncatedKey = "graph_truncated";

    /// <summary>The label first: Gephi and yEd take the attribute named <c>label</c> as the text to show.</summary>
    private static readonly IReadOnlyList<ExportAttribute<Entity>> NodeAttributes =
        [ExportAttributes.NodeLabel, .. ExportAttributes.NodeAttributes];

    private static readonly IReadOnlyList<ExportAttribute<Relationship>> EdgeAttributes =
        [ExportAttributes.EdgeLabel, .. ExportAttributes.EdgeAttributes];

    public string FileName => "subgraph.graphml";

    public string ContentType => "application/graphml+xml; charset=utf-8";

    public async Task WriteAsync(SubgraphExport export, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = XmlWriter.Create(output, ExportXml.WriterSettings);
        await writer.WriteStartDocumentAsync();
        await writer.WriteStartElementAsync(null, "graphml", Namespace);
        await ExportXml.WriteSchemaLocationAsync(writer, Namespace, "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        await WriteKeyAsync(writer, TruncatedKey, "graph", "truncated", "boolean");
        foreach (var attribute in NodeAttributes)
        {
            await WriteKeyAsync(writer, attribute.Id, "node", attribute.Name, attribute.Type);
        }

        foreach (var attribute in EdgeAttributes)
        {
            await WriteKeyAsync(writer, attribute.Id, "edge", attribute.Name, attribute.Type);
        }

        await writer.WriteStartElementAsync(null, "graph", Namespace);
        await writer.WriteAttributeStringAsync(null, "id", null, "subgraph");
        await writer.WriteAttributeStringAsync(null, "edgedefault", null, "directed");
        await WriteDataAsync(writer, TruncatedKey, ExportAttributes.XmlBoolean(export.Subgraph.Truncated));
        foreach (var node in export.Subgraph.Nodes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await WriteNodeAsync(writer, export, node);
        }

        foreach (var relationship in export.Subgraph.Relationships)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await WriteEdgeAsync(writer, export, relationship);
        }

        await writer.WriteEndElementAsync();
        await writer.WriteEndElementAsync();
        await writer.WriteEndDocumentAsync();
        await writer.FlushAsync();
    }

    private static async Task WriteKeyAsync(XmlWriter writer, string id, string domain, string name, string type)
    {
        await writer.WriteStartElementAsync(null, "key", Namespace);
        await writer.WriteAttributeStringAsync(null, "id", null, id);
        await writer.WriteAttributeStringAsync(null, "for", null, domain);
        await writer.WriteAttributeStringAsync(null, "attr.name", null, name);
        await writer.WriteAttributeStringAsync(null, "attr.type", null, type);
        await writer.WriteEndElementAsync();
    }

    private static async Task WriteNodeAsync(XmlWriter writer, SubgraphExport export, Entity node)
    {
        await writer.WriteStartElementAsync(null, "node", Namespace);
        await writer.WriteAttributeStringAsync(null, "id", null, node.Id);
        await WriteAttributesAsync(writer, export, node, NodeAttributes);
        await writer.WriteEndElementAsync();
    }

    private static async Task WriteEdgeAsync(XmlWriter writer, SubgraphExport export, Relationship relationship)
    {
        await writer.WriteStartElementAsync(null, "edge", Namespace);
        await writer.WriteAttributeStringAsync(null, "id", null, relationship.Id);
        await writer.WriteAttributeStringAsync(null, "source", null, relationship.FromId);
        await writer.WriteAttributeStringAsync(null, "target", null, relationship.ToId);
        await WriteAttributesAsync(writer, export, relationship, EdgeAttributes);
        await writer.WriteEndElementAsync();
    }

    private static async Task WriteAttributesAsync<T>(XmlWriter writer, SubgraphExport export, T item, IReadOnlyList<ExportAttribute<T>> attributes)
    {
        foreach (var attribute in attributes)
        {
            if (attribute.Value(export, item) is { } value)
            {
                await WriteDataAsync(writer, attribute.Id, value);
            }
        }
    }

    private static async Task WriteDataAsync(XmlWriter writer, string key, string value)
    {
        await writer.WriteStartElementAsync(null, "data", Namespace);
        await writer.WriteAttributeStringAsync(null, "key", null, key);
        await writer.WriteStringAsync(value);
        await writer.WriteEndElementAsync();
    }
}
