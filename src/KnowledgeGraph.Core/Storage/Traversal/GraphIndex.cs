using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Storage.Traversal;

/// <summary>
/// An immutable adjacency index of a whole graph for the traversal primitives: entity and
/// relationship ids interned to their rank in ordinal order (so comparing ranks compares ids),
/// types and roles interned to small numbers, times as day numbers, and each entity's
/// relationships in two compressed rows (CSR): by id and by time. Details stay in the store.
/// </summary>
internal sealed partial class GraphIndex
{
    private readonly string[] _entityIds;
    private readonly Dictionary<string, int> _entityRanks;
    private readonly int[] _entityTypes;
    private readonly string[] _entityTypeNames;
    private readonly string[] _relationshipIds;
    private readonly int[] _from;
    private readonly int[] _to;
    private readonly int[] _relationTypes;
    private readonly string[] _relationTypeNames;
    private readonly int[] _roles;
    private readonly string[] _roleNames;
    private readonly int[] _intervalOffsets;
    private readonly int[] _intervalStarts;
    private readonly int[] _intervalEnds;
    private readonly int[] _adjacencyOffsets;
    private readonly int[] _byId;
    private readonly int[] _byTime;

    private GraphIndex(GraphIndexBuilder built)
    {
        _entityIds = built.EntityIds;
        _entityRanks = built.EntityRanks;
        _entityTypes = built.EntityTypes;
        _entityTypeNames = built.EntityTypeNames;
        _relationshipIds = built.RelationshipIds;
        _from = built.From;
        _to = built.To;
        _relationTypes = built.RelationTypes;
        _relationTypeNames = built.RelationTypeNames;
        _roles = built.Roles;
        _roleNames = built.RoleNames;
        _intervalOffsets = built.IntervalOffsets;
        _intervalStarts = built.IntervalStarts;
        _intervalEnds = built.IntervalEnds;
        _adjacencyOffsets = built.AdjacencyOffsets;
        _byId = built.ById;
        _byTime = built.ByTime;
    }

    /// <summary>How many entities the index holds.</summary>
    public int EntityCount => _entityIds.Length;

    /// <summary>How many relationships the index holds.</summary>
    public int RelationshipCount => _relationshipIds.Length;

    /// <summary>Builds the index of a graph; relationships whose ends are not among the entities are left out.</summary>
    /// <param name="entities">Every entity: id and type.</param>
    /// <param name="relationships">Every relationship.</param>
    /// <param name="publishedOn">The publication date of each source that has one.</param>
    public static GraphIndex Build(
        IEnumerable<(string Id, string Type)> entities,
        IEnumerable<IndexedRelationship> relationships,
        IReadOnlyDictionary<string, PartialDate> publishedOn) =>
        new(new GraphIndexBuilder(entities, relationships, publishedOn));

    /// <summary>The time-order key of a partial date: by its first day, then the wider interval first, as <see cref="PartialDate.CompareTo"/>.</summary>
    internal static long TimeKey(PartialDate date) =>
        ((long)date.Start.DayNumber << 10) + (1023 - (date.End.DayNumber - date.Start.DayNumber));

    private int? EntityRank(string id) => _entityRanks.TryGetValue(id, out var rank) ? rank : null;

    private List<int> Ranks(IEnumerable<string> ids)
    {
        var ranks = new List<int>();
        var seen = new HashSet<int>();
        foreach (var id in ids)
        {
            if (EntityRank(id) is { } rank && seen.Add(rank))
            {
                ranks.Add(rank);
            }
        }

        return ranks;
    }

    /// <summary>Which relation types a filter keeps, by interned number; null keeps all.</summary>
    private bool[]? RelationTypeFilter(IReadOnlyCollection<string>? types) =>
        types is null ? null : [.. _relationTypeNames.Select(types.Contains)];

    private bool[] EntityTypeFilter(IReadOnlyCollection<string>? types) =>
        types is null ? new bool[_entityTypeNames.Length] : [.. _entityTypeNames.Select(types.Contains)];

    private bool Holds(int relationship, TimeRange window)
    {
        if (window.IsOpen)
        {
            return true;
        }

        var from = window.From?.Start.DayNumber ?? int.MinValue;
        var to = window.To?.End.DayNumber ?? int.MaxValue;
        for (var i = _intervalOffsets[relationship]; i < _intervalOffsets[relationship + 1]; i++)
        {
            if (from <= _intervalEnds[i] && _intervalStarts[i] <= to)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a walk in <paramref name="direction"/> may take the relationship from <paramref name="entity"/>.</summary>
    private bool Leaves(int relationship, int entity, Direction direction) => direction switch
    {
        Direction.Out => _from[relationship] == entity,
        Direction.In => _to[relationship] == entity,
        _ => true,
    };

    private int OtherEnd(int relationship, int entity) => _from[relationship] == entity ? _to[relationship] : _from[relationship];

    private ReadOnlySpan<int> RelationshipsById(int entity) =>
        _byId.AsSpan(_adjacencyOffsets[entity], _adjacencyOffsets[entity + 1] - _adjacencyOffsets[entity]);

    private ReadOnlySpan<int> RelationshipsByTime(int entity) =>
        _byTime.AsSpan(_adjacencyOffsets[entity], _adjacencyOffsets[entity + 1] - _adjacencyOffsets[entity]);

    /// <summary>
    /// The relationships touching any entity of a layer that pass the filters, once each, in id
    /// order; what one layered read of the store would give.
    /// </summary>
    private List<int> LayerRelationships(List<int> layer, Direction direction, bool[]? types, TimeRange window)
    {
        var found = new List<int>();
        foreach (var entity in layer)
        {
            foreach (var relationship in RelationshipsById(entity))
            {
                if ((types is null || types[_relationTypes[relationship]]) && Leaves(relationship, entity, direction) && Holds(relationship, window))
                {
                    found.Add(relationship);
                }
            }
        }

        found.Sort();
        var distinct = 0;
        for (var i = 0; i < found.Count; i++)
        {
            if (i == 0 || found[i] != found[i - 1])
            {
                found[distinct++] = found[i];
            }
        }

        found.RemoveRange(distinct, found.Count - distinct);
        return found;
    }
}
