using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Storage;

/// <summary>
/// The port's default traversal primitives, over its plain reads: one read per breadth-first
/// layer, never one per entity. A store without a traversal of its own answers with these;
/// stores that have one must give the same answers, order included.
/// </summary>
internal static class LayeredTraversal
{
    public static async Task<IReadOnlyList<Relationship>> RelationshipsByIdAsync(
        IGraphStore store, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return [];
        }

        var wanted = ids.ToHashSet(StringComparer.Ordinal);
        var snapshot = await store.ReadSnapshotAsync(cancellationToken).ConfigureAwait(false);
        return [.. snapshot.Relationships.Where(r => wanted.Contains(r.Id))];
    }

    public static async Task<IReadOnlyList<ReachedEntity>> ReachAsync(IGraphStore store, ReachQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var reader = new LayerReader(store, cancellationToken);
        var starts = await reader.EntitiesAsync(query.StartIds).ConfigureAwait(false);
        var reached = new List<ReachedEntity>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in query.StartIds.Where(id => starts.ContainsKey(id) && seen.Add(id)))
        {
            reached.Add(new ReachedEntity(id, starts[id].Type, 0, null, null));
        }

        var stop = query.StopTypes?.ToHashSet(StringComparer.Ordinal) ?? [];
        List<string> frontier = [.. reached.Select(r => r.Id)];
        for (var hops = 1; hops <= query.MaxHops && frontier.Count > 0; hops++)
        {
            var expanding = frontier.ToHashSet(StringComparer.Ordinal);
            var layer = new List<(string Id, Relationship Via, string Previous)>();
            foreach (var relationship in await reader.RelationshipsAsync(frontier, query.Direction, query.Types, query.Window).ConfigureAwait(false))
            {
                foreach (var end in WalkedFrom(relationship, query.Direction).Where(expanding.Contains))
                {
                    var other = relationship.OtherEnd(end);
                    if (seen.Add(other))
                    {
                        layer.Add((other, relationship, end));
                    }
                }
            }

            var entities = await reader.EntitiesAsync(layer.Select(l => l.Id)).ConfigureAwait(false);
            var added = layer.Where(l => entities.ContainsKey(l.Id))
                .Select(l => new ReachedEntity(l.Id, entities[l.Id].Type, hops, l.Via.Id, l.Previous))
                .ToList();
            reached.AddRange(added);
            frontier = [.. added.Where(r => !stop.Contains(r.Type)).Select(r => r.Id)];
        }

        return reached;
    }

    public static async Task<Neighbourhood> NeighbourhoodAsync(IGraphStore store, NeighbourhoodQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var reader = new LayerReader(store, cancellationToken);
        var known = await reader.EntitiesAsync(query.StartIds).ConfigureAwait(false);
        var reached = query.StartIds.Where(known.ContainsKey).ToHashSet(StringComparer.Ordinal);
        var kept = new List<LayeredRelationship>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var truncated = false;
        List<string> frontier = [.. reached];
        for (var layer = 1; layer <= query.Depth && frontier.Count > 0 && !truncated; layer++)
        {
            var next = new List<string>();
            foreach (var relationship in await reader.RelationshipsAsync(frontier, Direction.Both, query.Types, query.Window).ConfigureAwait(false))
            {
                if (!seen.Add(relationship.Id))
                {
                    continue;
                }

                if (kept.Count == query.Limit)
                {
                    truncated = true;
                    break;
                }

                kept.Add(new LayeredRelationship(relationship, layer));
                next.AddRange(new[] { relationship.FromId, relationship.ToId }.Where(reached.Add));
            }

            frontier = next;
        }

        return new Neighbourhood(kept, truncated);
    }

    public static async Task<IReadOnlyList<PathIds>> FindPathsAsync(IGraphStore store, PathQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var finder = new LayeredPathFinder(new LayerReader(store, cancellationToken), query.Types, query.FromId, query.ToId);
        return await finder.FindAsync(query.MaxHops, query.First).ConfigureAwait(false);
    }

    public static async Task<IReadOnlyDictionary<string, RelationshipIdPage>> PageRelationshipsAsync(
        IGraphStore store, RelationshipPageQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.First, nameof(query));
        var reader = new LayerReader(store, cancellationToken);
        var ids = query.EntityIds.Distinct(StringComparer.Ordinal).ToList();
        var touching = await reader.RelationshipsAsync(ids, query.Direction, query.Types, query.Window).ConfigureAwait(false);
        var withRole = query.Role is null ? touching : [.. touching.Where(r => string.Equals(r.Role, query.Role, StringComparison.Ordinal))];
        await reader.LoadPublicationDatesAsync(withRole).ConfigureAwait(false);
        var ordered = withRole
            .Select(r => (Relationship: r, Time: r.Date ?? r.ValidFrom ?? reader.EarliestPublication(r)))
            .OrderBy(t => t.Time is null)
            .ThenBy(t => t.Time)
            .ThenBy(t => t.Relationship.Id, StringComparer.Ordinal)
            .Select(t => t.Relationship);
        var byEntity = ids.ToDictionary(id => id, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var relationship in ordered)
        {
            foreach (var end in ListedAt(relationship, query.Direction))
            {
                byEntity.GetValueOrDefault(end)?.Add(relationship.Id);
            }
        }

        return byEntity.ToDictionary(pair => pair.Key, pair => Page(pair.Value, query.First, query.AfterId), StringComparer.Ordinal);
    }

    /// <summary>A page of an ordered list of ids, after <paramref name="afterId"/> when given.</summary>
    public static RelationshipIdPage Page(IReadOnlyList<string> ordered, int first, string? afterId)
    {
        var start = 0;
        if (afterId is not null)
        {
            var index = ordered.ToList().IndexOf(afterId);
            if (index < 0)
            {
                return new RelationshipIdPage([], ordered.Count, HasMore: false, AfterFound: false);
            }

            start = index + 1;
        }

        var page = ordered.Skip(start).Take(first).ToList();
        return new RelationshipIdPage(page, ordered.Count, start + page.Count < ordered.Count, AfterFound: true);
    }

    /// <summary>The ends of a relationship a walk in <paramref name="direction"/> leaves it from.</summary>
    private static IEnumerable<string> WalkedFrom(Relationship relationship, Direction direction) => direction switch
    {
        Direction.Out => [relationship.FromId],
        Direction.In => [relationship.ToId],
        _ => [relationship.FromId, relationship.ToId],
    };

    /// <summary>The entities whose listing the relationship belongs to: its ends the direction asks for, a loop's end once.</summary>
    private static IEnumerable<string> ListedAt(Relationship relationship, Direction direction) => direction switch
    {
        Direction.Out => [relationship.FromId],
        Direction.In => [relationship.ToId],
        _ => relationship.FromId == relationship.ToId ? [relationship.FromId] : [relationship.FromId, relationship.ToId],
    };
}
