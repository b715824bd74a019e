using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Core.Queries;

/// <summary>
/// Gathers the neighbourhood of some entities: the store walks it breadth-first (by layer,
/// then id, up to a limit) and gives its relationships; their ends are then read in one batch.
/// </summary>
internal sealed class SubgraphBuilder(StoreReader reader)
{
    public async Task<Subgraph> BuildAsync(
        IReadOnlyList<Entity> starts, int depth, IReadOnlyCollection<string>? types, TimeWindow window, int limit)
    {
        foreach (var start in starts)
        {
            reader.Remember(start);
        }

        var distances = starts.ToDictionary(e => e.Id, _ => 0, StringComparer.Ordinal);
        var found = depth == 0
            ? new Neighbourhood([], Truncated: false)
            : await reader.Store.NeighbourhoodAsync(
                new NeighbourhoodQuery([.. distances.Keys], depth, types, window.Range, limit), reader.CancellationToken).ConfigureAwait(false);
        foreach (var relationship in found.Relationships)
        {
            distances.TryAdd(relationship.Relationship.FromId, relationship.Layer);
            distances.TryAdd(relationship.Relationship.ToId, relationship.Layer);
        }

        await reader.LoadEntitiesAsync(distances.Keys).ConfigureAwait(false);
        var nodes = distances
            .OrderBy(pair => pair.Value)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => reader.Entity(pair.Key))
            .ToList();
        return new Subgraph(nodes, [.. found.Relationships.Select(r => r.Relationship)], found.Truncated);
    }
}
