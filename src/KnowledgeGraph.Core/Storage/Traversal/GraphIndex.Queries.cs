using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Storage.Traversal;

/// <summary>The traversal primitives of the port, answered from the index alone, exactly as <see cref="LayeredTraversal"/> answers them.</summary>
internal sealed partial class GraphIndex
{
    /// <summary>The entity type of an entity the index holds, or null.</summary>
    public string? EntityType(string id) => EntityRank(id) is { } rank ? _entityTypeNames[_entityTypes[rank]] : null;

    /// <inheritdoc cref="IGraphStore.ReachAsync"/>
    public IReadOnlyList<ReachedEntity> Reach(ReachQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var types = RelationTypeFilter(query.Types);
        var stop = EntityTypeFilter(query.StopTypes);
        var reached = new Dictionary<int, (int Hops, int Via, int Previous)>();
        var order = new List<int>();
        foreach (var start in Ranks(query.StartIds))
        {
            reached[start] = (0, -1, -1);
            order.Add(start);
        }

        var frontier = new List<int>(order);
        for (var hops = 1; hops <= query.MaxHops && frontier.Count > 0; hops++)
        {
            var expanding = frontier.ToHashSet();
            var next = new List<int>();
            foreach (var relationship in LayerRelationships(frontier, query.Direction, types, query.Window))
            {
                Reach(relationship, _from[relationship]);
                Reach(relationship, _to[relationship]);
            }

            order.AddRange(next);
            frontier = next.FindAll(entity => !stop[_entityTypes[entity]]);

            void Reach(int relationship, int end)
            {
                if (expanding.Contains(end) && Leaves(relationship, end, query.Direction))
                {
                    var other = OtherEnd(relationship, end);
                    if (reached.TryAdd(other, (hops, relationship, end)))
                    {
                        next.Add(other);
                    }
                }
            }
        }

        return [.. order.Select(entity => ToReached(entity, reached[entity]))];
    }

    /// <summary>The ids of the relationships of a neighbourhood, with their layers, as <see cref="IGraphStore.NeighbourhoodAsync"/> finds them; the store adds their details.</summary>
    public (IReadOnlyList<(string Id, int Layer)> Relationships, bool Truncated) Neighbourhood(NeighbourhoodQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var types = RelationTypeFilter(query.Types);
        var frontier = Ranks(query.StartIds);
        var reached = frontier.ToHashSet();
        var seen = new HashSet<int>();
        var kept = new List<(string Id, int Layer)>();
        var truncated = false;
        for (var layer = 1; layer <= query.Depth && frontier.Count > 0 && !truncated; layer++)
        {
            var next = new List<int>();
            foreach (var relationship in LayerRelationships(frontier, Direction.Both, types, query.Window))
            {
                if (!seen.Add(relationship))
                {
                    continue;
                }

                if (kept.Count == query.Limit)
                {
                    truncated = true;
                    break;
                }

                kept.Add((_relationshipIds[relationship], layer));
                if (reached.Add(_from[relationship]))
                {
                    next.Add(_from[relationship]);
                }

                if (reached.Add(_to[relationship]))
                {
                    next.Add(_to[relationship]);
                }
            }

            frontier = next;
        }

        return (kept, truncated);
    }

    /// <inheritdoc cref="IGraphStore.FindPathsAsync"/>
    public IReadOnlyList<PathIds> FindPaths(PathQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (EntityRank(query.FromId) is not { } from || EntityRank(query.ToId) is not { } to || from == to)
        {
            return [];
        }

        var finder = new IndexedPathFinder(this, RelationTypeFilter(query.Types), from, to);
        return [.. finder.Find(query.MaxHops, query.First).Select(path => new PathIds(
            [.. path.Entities.Select(e => _entityIds[e])], [.. path.Relationships.Select(r => _relationshipIds[r])]))];
    }

    /// <inheritdoc cref="IGraphStore.PageRelationshipsAsync"/>
    public IReadOnlyDictionary<string, RelationshipIdPage> PageRelationships(RelationshipPageQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.First, nameof(query));
        var types = RelationTypeFilter(query.Types);
        var role = query.Role is null ? -1 : Array.IndexOf(_roleNames, query.Role);
        var pages = new Dictionary<string, RelationshipIdPage>(StringComparer.Ordinal);
        foreach (var id in query.EntityIds)
        {
            pages[id] = EntityRank(id) is { } entity && (query.Role is null || role >= 0)
                ? Page(entity, query, types, role)
                : LayeredTraversal.Page([], query.First, query.AfterId);
        }

        return pages;
    }

    /// <summary>One entity's page: its relationships in time order, filtered, counted whole.</summary>
    private RelationshipIdPage Page(int entity, RelationshipPageQuery query, bool[]? types, int role)
    {
        var page = new List<string>(Math.Min(query.First, 1024));
        var total = 0;
        var taking = query.AfterId is null;
        var skipped = 0;
        foreach (var relationship in RelationshipsByTime(entity))
        {
            if ((types is not null && !types[_relationTypes[relationship]])
                || (role >= 0 && _roles[relationship] != role)
                || !Leaves(relationship, entity, query.Direction)
                || !Holds(relationship, query.Window))
            {
                continue;
            }

            total++;
            if (!taking)
            {
                skipped++;
                taking = string.Equals(_relationshipIds[relationship], query.AfterId, StringComparison.Ordinal);
            }
            else if (page.Count < query.First)
            {
                page.Add(_relationshipIds[relationship]);
            }
        }

        return taking
            ? new RelationshipIdPage(page, total, skipped + page.Count < total, AfterFound: true)
            : new RelationshipIdPage([], total, HasMore: false, AfterFound: false);
    }

    private ReachedEntity ToReached(int entity, (int Hops, int Via, int Previous) how) => new(
        _entityIds[entity],
        _entityTypeNames[_entityTypes[entity]],
        how.Hops,
        how.Via < 0 ? null : _relationshipIds[how.Via],
        how.Previous < 0 ? null : _entityIds[how.Previous]);

    /// <summary>The relationships a path may take from an entity: of the types, not loops, in id order.</summary>
    internal IEnumerable<int> Steps(int entity, bool[]? types)
    {
        for (var i = _adjacencyOffsets[entity]; i < _adjacencyOffsets[entity + 1]; i++)
        {
            var relationship = _byId[i];
            if (_from[relationship] != _to[relationship] && (types is null || types[_relationTypes[relationship]]))
            {
                yield return relationship;
            }
        }
    }

    /// <summary>The other end of a relationship from <paramref name="entity"/>.</summary>
    internal int OtherEndOf(int relationship, int entity) => OtherEnd(relationship, entity);
}
