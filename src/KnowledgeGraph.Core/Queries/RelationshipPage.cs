using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Queries;

/// <summary>One page of the relationships of an entity.</summary>
/// <param name="Edges">The relationships of this page, each with its cursor.</param>
/// <param name="HasNextPage">True when more relationships follow the last one of this page.</param>
/// <param name="EndCursor">The cursor of the last edge, to pass as <c>after</c> for the next page; null when the page is empty.</param>
/// <param name="TotalCount">How many relationships pass the filter, over all pages.</param>
public sealed record RelationshipPage(IReadOnlyList<RelationshipEdge> Edges, bool HasNextPage, string? EndCursor, int TotalCount);

/// <summary>A relationship on a page, with the cursor that marks its place.</summary>
/// <param name="Cursor">An opaque string to pass as <c>after</c> to continue after this relationship.</param>
/// <param name="Node">The relationship.</param>
public sealed record RelationshipEdge(string Cursor, Relationship Node);
