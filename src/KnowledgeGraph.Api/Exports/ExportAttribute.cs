namespace KnowledgeGraph.Api.Exports;

/// <summary>
/// An attribute that GraphML and GEXF declare once and then give on each node or edge that
/// has a value for it. <see cref="Type"/> is a type name both formats share (string,
/// boolean, double).
/// </summary>
/// <param name="Id">The attribute's id in the file, unique across nodes and edges, e.g. <c>edge_role</c>.</param>
/// <param name="Name">The attribute's name as tools show it, e.g. <c>role</c>.</param>
/// <param name="Value">The value on an item as text, or null when the item has none.</param>
internal sealed record ExportAttribute<T>(string Id, string Name, string Type, Func<SubgraphExport, T, string?> Value);
