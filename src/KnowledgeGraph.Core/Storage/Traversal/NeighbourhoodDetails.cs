using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Storage.Traversal;

/// <summary>Puts the details a store read by id onto the relationship ids an index found.</summary>
internal static class NeighbourhoodDetails
{
    /// <summary>The neighbourhood with its relationships' details, in the index's order; one the store no longer holds is left out.</summary>
    public static Neighbourhood With(
        (IReadOnlyList<(string Id, int Layer)> Relationships, bool Truncated) found, IEnumerable<Relationship> details)
    {
        var byId = details.ToDictionary(r => r.Id, StringComparer.Ordinal);
        return new Neighbourhood(
            [.. found.Relationships.Where(r => byId.ContainsKey(r.Id)).Select(r => new LayeredRelationship(byId[r.Id], r.Layer))],
            found.Truncated);
    }
}
