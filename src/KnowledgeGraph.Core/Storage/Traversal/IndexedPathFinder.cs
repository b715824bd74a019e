namespace KnowledgeGraph.Core.Storage.Traversal;

/// <summary>
/// Simple paths between two entities of a <see cref="GraphIndex"/>, shortest first, by the
/// same steps as <see cref="LayeredPathFinder"/>: a bidirectional breadth-first search, always
/// growing the smaller frontier, finds the distance; then paths of each length are enumerated
/// depth-first in relationship id order, pruned by the distances to the end known so far. The
/// searches grow exactly as the layered one's, so the pruning, and so the answer, is the same.
/// </summary>
internal sealed class IndexedPathFinder
{
    private readonly GraphIndex _index;
    private readonly bool[]? _types;
    private readonly int _from;
    private readonly int _to;
    private readonly Side _fromSide;
    private readonly Side _toSide;

    public IndexedPathFinder(GraphIndex index, bool[]? types, int from, int to)
    {
        _index = index;
        _types = types;
        _from = from;
        _to = to;
        _fromSide = new Side(from);
        _toSide = new Side(to);
    }

    /// <summary>Up to <paramref name="first"/> simple paths of at most <paramref name="maxHops"/> relationships, shortest first.</summary>
    public List<(List<int> Entities, List<int> Relationships)> Find(int maxHops, int first)
    {
        var found = new List<(List<int>, List<int>)>();
        if (Distance(maxHops) is not { } distance)
        {
            return found;
        }

        for (var length = distance; length <= maxHops && found.Count < first; length++)
        {
            while (_fromSide.Radius + _toSide.Radius < length && !_fromSide.IsExhausted && !_toSide.IsExhausted)
            {
                ExpandSmallerSide();
            }

            CollectPaths(length, first, found);
        }

        return found;
    }

    private int? Distance(int maxHops)
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

            ExpandSmallerSide();
        }
    }

    private int? Meeting()
    {
        int? best = null;
        foreach (var (entity, distance) in _fromSide.Distances)
        {
            if (_toSide.Distances.TryGetValue(entity, out var other) && (best is null || distance + other < best))
            {
                best = distance + other;
            }
        }

        return best;
    }

    private void ExpandSmallerSide()
    {
        var side = _toSide.Frontier.Count < _fromSide.Frontier.Count ? _toSide : _fromSide;
        var next = new List<int>();
        foreach (var entity in side.Frontier)
        {
            foreach (var relationship in _index.Steps(entity, _types))
            {
                var other = _index.OtherEndOf(relationship, entity);
                if (side.Distances.TryAdd(other, side.Radius + 1))
                {
                    next.Add(other);
                }
            }
        }

        side.Radius++;
        side.Frontier = next;
    }

    private void CollectPaths(int length, int first, List<(List<int>, List<int>)> found)
    {
        List<int> entities = [_from];
        var relationships = new List<int>();
        var onPath = new HashSet<int> { _from };
        Walk(_from);

        void Walk(int entity)
        {
            if (relationships.Count == length)
            {
                found.Add(([.. entities], [.. relationships]));
                return;
            }

            foreach (var relationship in _index.Steps(entity, _types))
            {
                var next = _index.OtherEndOf(relationship, entity);
                if (found.Count >= first || onPath.Contains(next) || !CanEndAt(next, length - relationships.Count - 1))
                {
                    continue;
                }

                entities.Add(next);
                relationships.Add(relationship);
                onPath.Add(next);
                Walk(next);
                onPath.Remove(next);
                relationships.RemoveAt(relationships.Count - 1);
                entities.RemoveAt(entities.Count - 1);
            }
        }
    }

    private bool CanEndAt(int entity, int steps)
    {
        if (entity == _to)
        {
            return steps == 0;
        }

        if (_toSide.Distances.TryGetValue(entity, out var distance))
        {
            return distance <= steps;
        }

        return !_toSide.IsExhausted && _toSide.Radius < steps;
    }

    /// <summary>One of the two breadth-first searches: exact distances from its origin up to its radius.</summary>
    private sealed class Side(int origin)
    {
        public Dictionary<int, int> Distances { get; } = new() { [origin] = 0 };

        public List<int> Frontier { get; set; } = [origin];

        public int Radius { get; set; }

        public bool IsExhausted => Frontier.Count == 0;
    }
}
