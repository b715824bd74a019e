using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Storage;

/// <summary>
/// Finds simple paths between two entities, shortest first. A bidirectional breadth-first
/// search (always growing the smaller frontier, one store call per layer) finds the distance;
/// then paths of each length, from that distance up to the bound, are enumerated depth-first
/// over the relationships fetched so far, in the order of their sequences of relationship ids.
/// </summary>
/// <remarks>
/// Why the fetched relationships suffice: a relationship is known once either end has been
/// expanded. On a path of length L, the node at position i is within i of the start and
/// within L − i of the end, so when the two searches have grown to radii that add up to at
/// least L, every relationship of every such path has an expanded end. A search whose
/// frontier runs empty has expanded its whole component, which is as good.
/// </remarks>
internal sealed class LayeredPathFinder
{
    private static readonly Comparer<Relationship> ById = Comparer<Relationship>.Create((a, b) => string.CompareOrdinal(a.Id, b.Id));

    private readonly LayerReader _reader;
    private readonly IReadOnlyCollection<string>? _types;
    private readonly string _fromId;
    private readonly string _toId;
    private readonly Side _fromSide;
    private readonly Side _toSide;
    private readonly HashSet<string> _expanded = new(StringComparer.Ordinal);
    private readonly HashSet<string> _knownRelationships = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Relationship>> _adjacency = new(StringComparer.Ordinal);

    public LayeredPathFinder(LayerReader reader, IReadOnlyCollection<string>? types, string fromId, string toId)
    {
        _reader = reader;
        _types = types;
        _fromId = fromId;
        _toId = toId;
        _fromSide = new Side(fromId);
        _toSide = new Side(toId);
    }

    /// <summary>Up to <paramref name="first"/> simple paths of at most <paramref name="maxHops"/> relationships, shortest first.</summary>
    public async Task<IReadOnlyList<PathIds>> FindAsync(int maxHops, int first)
    {
        var found = new List<PathIds>();
        if (await DistanceAsync(maxHops).ConfigureAwait(false) is not { } distance)
        {
            return found;
        }

        for (var length = distance; length <= maxHops && found.Count < first; length++)
        {
            await ExpandUntilKnownAsync(length).ConfigureAwait(false);
            CollectPaths(length, first, found);
        }

        return found;
    }

    /// <summary>The length of the shortest path, or null when there is none within <paramref name="maxHops"/>.</summary>
    private async Task<int?> DistanceAsync(int maxHops)
    {
        while (true)
        {
            if (Meeting() is { } distance)
            {
                return distance;
            }

            if (_fromSide.Radius + _toSide.Radius >= maxHops || _fromSide.IsExhausted || _toSide.IsExhausted)
            {
                return null;
            }

            await ExpandSmallerSideAsync().ConfigureAwait(false);
        }
    }

    /// <summary>The shortest distance through a node both searches have reached, or null when they have not met.</summary>
    private int? Meeting() =>
        _fromSide.Distances
            .Where(pair => _toSide.Distances.ContainsKey(pair.Key))
            .Select(pair => (int?)(pair.Value + _toSide.Distances[pair.Key]))
            .Min();

    private async Task ExpandUntilKnownAsync(int length)
    {
        while (_fromSide.Radius + _toSide.Radius < length && !_fromSide.IsExhausted && !_toSide.IsExhausted)
        {
            await ExpandSmallerSideAsync().ConfigureAwait(false);
        }
    }

    private Task ExpandSmallerSideAsync() =>
        ExpandAsync(_toSide.Frontier.Count < _fromSide.Frontier.Count ? _toSide : _fromSide);

    /// <summary>Grows one search by a layer, fetching the relationships of its frontier in one call.</summary>
    private async Task ExpandAsync(Side side)
    {
        var unexpanded = side.Frontier.Where(id => !_expanded.Contains(id)).ToList();
        var fetched = await _reader.RelationshipsAsync(unexpanded, Direction.Both, _types, TimeRange.Open).ConfigureAwait(false);
        foreach (var relationship in fetched)
        {
            Learn(relationship);
        }

        _expanded.UnionWith(unexpanded);
        var next = new List<string>();
        foreach (var node in side.Frontier)
        {
            foreach (var relationship in Neighbours(node))
            {
                var other = relationship.OtherEnd(node);
                if (side.Distances.TryAdd(other, side.Radius + 1))
                {
                    next.Add(other);
                }
            }
        }

        side.Radius++;
        side.Frontier = next;
    }

    /// <summary>Records a relationship at both ends, keeping each list in id order. A loop joins a node to itself and is on no simple path.</summary>
    private void Learn(Relationship relationship)
    {
        if (relationship.FromId == relationship.ToId || !_knownRelationships.Add(relationship.Id))
        {
            return;
        }

        foreach (var end in new[] { relationship.FromId, relationship.ToId })
        {
            if (!_adjacency.TryGetValue(end, out var list))
            {
                list = [];
                _adjacency[end] = list;
            }

            var index = list.BinarySearch(relationship, ById);
            list.Insert(~index, relationship);
        }
    }

    private List<Relationship> Neighbours(string node) => _adjacency.GetValueOrDefault(node) ?? [];

    /// <summary>Depth-first, relationships in id order, so paths come out ordered by their sequences of ids.</summary>
    private void CollectPaths(int length, int first, List<PathIds> found)
    {
        List<string> nodes = [_fromId];
        var relationships = new List<Relationship>();
        var onPath = new HashSet<string>(StringComparer.Ordinal) { _fromId };
        Walk(_fromId);

        void Walk(string node)
        {
            if (relationships.Count == length)
            {
                found.Add(new PathIds([.. nodes], [.. relationships.Select(r => r.Id)]));
                return;
            }

            foreach (var relationship in Neighbours(node))
            {
                var next = relationship.OtherEnd(node);
                if (found.Count >= first || onPath.Contains(next) || !CanEndAt(next, length - relationships.Count - 1))
                {
                    continue;
                }

                nodes.Add(next);
                relationships.Add(relationship);
                onPath.Add(next);
                Walk(next);
                onPath.Remove(next);
                relationships.RemoveAt(relationships.Count - 1);
                nodes.RemoveAt(nodes.Count - 1);
            }
        }
    }

    /// <summary>Whether a simple path may go from <paramref name="node"/> to the target in exactly <paramref name="steps"/> more relationships.</summary>
    private bool CanEndAt(string node, int steps)
    {
        if (node == _toId)
        {
            return steps == 0;
        }

        if (_toSide.Distances.TryGetValue(node, out var distance))
        {
            return distance <= steps;
        }

        return !_toSide.IsExhausted && _toSide.Radius < steps;
    }

    /// <summary>One of the two breadth-first searches: exact distances from its origin up to its radius.</summary>
    private sealed class Side(string origin)
    {
        public Dictionary<string, int> Distances { get; } = new(StringComparer.Ordinal) { [origin] = 0 };

        public List<string> Frontier { get; set; } = [origin];

        public int Radius { get; set; }

        public bool IsExhausted => Frontier.Count == 0;
    }
}
