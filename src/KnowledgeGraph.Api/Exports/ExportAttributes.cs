using System.Globalization;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Api.Exports;

/// <summary>The attributes GraphML and GEXF declare for nodes and edges, in the order they are written.</summary>
internal static class ExportAttributes
{
    /// <summary>The attributes of nodes: type, name, nameEn and aliases (a JSON array).</summary>
    public static IReadOnlyList<ExportAttribute<Entity>> NodeAttributes { get; } =
    [
        Node("type", "string", node => node.Type),
        Node("name", "string", node => node.Name),
        Node("nameEn", "string", node => node.NameEn),
        Node("aliases", "string", ExportJson.AliasesText),
    ];

    /// <summary>
    /// The attributes of edges: type, symmetric (whether the type reads the same both ways,
    /// as MET and COOPERATES_WITH do), role, date, validFrom, validTo (partial dates), the
    /// amount's value, unit, currency, approximate and text, and evidence (a JSON array).
    /// </summary>
    /// <remarks>
    /// Every edge is directed as stored, from <c>from</c> to <c>to</c>, also when its type is
    /// symmetric: network tools (networkx, igraph) refuse undirected edges inside a directed
    /// graph, so the symmetry travels as this attribute instead.
    /// </remarks>
    public static IReadOnlyList<ExportAttribute<Relationship>> EdgeAttributes { get; } =
    [
        Edge("type", "string", (_, edge) => edge.Type),
        Edge("symmetric", "boolean", (export, edge) => XmlBoolean(export.IsSymmetric(edge))),
        Edge("role", "string", (_, edge) => edge.Role),
        Edge("date", "string", (_, edge) => edge.Date?.ToString()),
        Edge("validFrom", "string", (_, edge) => edge.ValidFrom?.ToString()),
        Edge("validTo", "string", (_, edge) => edge.ValidTo?.ToString()),
        Edge("amountValue", "double", (_, edge) => edge.Amount?.Value.ToString(CultureInfo.InvariantCulture)),
        Edge("amountUnit", "string", (_, edge) => edge.Amount?.Unit),
        Edge("amountCurrency", "string", (_, edge) => edge.Amount?.Currency),
        Edge("amountApproximate", "boolean", (_, edge) => edge.Amount is { } amount ? XmlBoolean(amount.Approximate) : null),
        Edge("amountText", "string", (_, edge) => edge.Amount?.Text),
        Edge("evidence", "string", ExportJson.EvidenceText),
    ];

    /// <summary>What tools show on a node: its name. GraphML declares it as an attribute; GEXF has a <c>label</c> of its own.</summary>
    public static ExportAttribute<Entity> NodeLabel { get; } = Node("label", "string", node => node.Name);

    /// <summary>What tools show on an edge: its relationship type.</summary>
    public static ExportAttribute<Relationship> EdgeLabel { get; } = Edge("label", "string", (_, edge) => edge.Type);

    /// <summary>A boolean as XML Schema writes it.</summary>
    public static string XmlBoolean(bool value) => value ? "true" : "false";

    private static ExportAttribute<Entity> Node(string name, string type, Func<Entity, string?> value) =>
        new($"node_{name}", name, type, (_, node) => value(node));

    private static ExportAttribute<Relationship> Edge(string name, string type, Func<SubgraphExport, Relationship, string?> value) =>
        new($"edge_{name}", name, type, value);
}
