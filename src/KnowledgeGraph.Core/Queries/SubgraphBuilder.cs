using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Queries;

/// <summary>
/// Gathers the neighbourhood of some entities breadth-first, one store call per layer,
/// keeping relationships in breadth-first order (by layer, then id) up to a limit.
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
        var kept = new List<Relationship>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var truncated = false;
        List<string> frontier = [.. distances.Keys];
        for (var layer = 1; layer <= depth && frontier.Count > 0 && !truncated; layer++)
        {
            var next = new List<string>();
            foreach (var relationship in await reader.RelationshipsAsync(frontier, Direction.Both, types, window).ConfigureAwait(false))
            {
                if (!seen.Add(relationship.Id))
                {
                    continue;
                }

                if (kept.Count == limit)
                {
                    truncated = true;
                    break;
                }

                kept.Add(relationship);
                foreach (var end in new[] { relationship.FromId, relationship.ToId })
                {
                    if (distances.TryAdd(end, layer))
                    {
                        next.Add(end);
                    }
                }
            }

            frontier = next;
        }

        await reader.LoadEntitiesAsync(distances.Keys).ConfigureAwait(false);
        var nodes = distances
            .OrderBy(pair => pair.Value)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => reader.Entity(pair.Key))
            .ToList();
        return new Subgraph(nodes, kept, truncated);
    }
}
