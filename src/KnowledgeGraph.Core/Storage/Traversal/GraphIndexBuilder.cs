using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Storage.Traversal;

/// <summary>Lays out the arrays of a <see cref="GraphIndex"/>: sorts, interns and counts once.</summary>
internal sealed class GraphIndexBuilder
{
    private const long NoTime = long.MaxValue;

    public GraphIndexBuilder(
        IEnumerable<(string Id, string Type)> entities,
        IEnumerable<IndexedRelationship> relationships,
        IReadOnlyDictionary<string, PartialDate> publishedOn)
    {
        var entityList = entities.ToList();
        entityList.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        EntityIds = [.. entityList.Select(e => e.Id)];
        EntityRanks = new Dictionary<string, int>(EntityIds.Length, StringComparer.Ordinal);
        for (var i = 0; i < EntityIds.Length; i++)
        {
            EntityRanks[EntityIds[i]] = i;
        }

        var entityTypes = new Interner();
        EntityTypes = [.. entityList.Select(e => entityTypes.Intern(e.Type))];
        EntityTypeNames = entityTypes.Names;

        var kept = relationships.Where(r => EntityRanks.ContainsKey(r.FromId) && EntityRanks.ContainsKey(r.ToId)).ToList();
        kept.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        RelationshipIds = [.. kept.Select(r => r.Id)];
        From = [.. kept.Select(r => EntityRanks[r.FromId])];
        To = [.. kept.Select(r => EntityRanks[r.ToId])];
        var relationTypes = new Interner();
        RelationTypes = [.. kept.Select(r => relationTypes.Intern(r.Type))];
        RelationTypeNames = relationTypes.Names;
        var roles = new Interner();
        Roles = [.. kept.Select(r => r.Role is null ? -1 : roles.Intern(r.Role))];
        RoleNames = roles.Names;
        (TimeKeys, IntervalOffsets, IntervalStarts, IntervalEnds) = Times(kept, publishedOn);
        (AdjacencyOffsets, ById) = Adjacency(EntityIds.Length, From, To);
        ByTime = [.. ById];
        for (var entity = 0; entity < EntityIds.Length; entity++)
        {
            var row = ByTime.AsSpan(AdjacencyOffsets[entity], AdjacencyOffsets[entity + 1] - AdjacencyOffsets[entity]);
            var keys = TimeKeys;
            row.Sort((a, b) => keys[a] != keys[b] ? keys[a].CompareTo(keys[b]) : a.CompareTo(b));
        }
    }

    public string[] EntityIds { get; }

    public Dictionary<string, int> EntityRanks { get; }

    public int[] EntityTypes { get; }

    public string[] EntityTypeNames { get; }

    public string[] RelationshipIds { get; }

    public int[] From { get; }

    public int[] To { get; }

    public int[] RelationTypes { get; }

    public string[] RelationTypeNames { get; }

    public int[] Roles { get; }

    public string[] RoleNames { get; }

    public long[] TimeKeys { get; }

    public int[] IntervalOffsets { get; }

    public int[] IntervalStarts { get; }

    public int[] IntervalEnds { get; }

    public int[] AdjacencyOffsets { get; }

    public int[] ById { get; }

    public int[] ByTime { get; }

    /// <summary>
    /// Each relationship's time-order key (its date, else start of validity, else earliest
    /// publication date) and the day intervals it holds on for time windows.
    /// </summary>
    private static (long[] Keys, int[] Offsets, int[] Starts, int[] Ends) Times(
        List<IndexedRelationship> relationships, IReadOnlyDictionary<string, PartialDate> publishedOn)
    {
        var keys = new long[relationships.Count];
        var offsets = new int[relationships.Count + 1];
        var starts = new List<int>(relationships.Count);
        var ends = new List<int>(relationships.Count);
        for (var i = 0; i < relationships.Count; i++)
        {
            var relationship = relationships[i];
            var published = relationship.Date is null && relationship.ValidFrom is null
                ? relationship.SourceIds.Where(publishedOn.ContainsKey).Select(id => publishedOn[id]).ToList()
                : [];
            var time = relationship.Date ?? relationship.ValidFrom ?? (published.Count == 0 ? null : published.Min());
            keys[i] = time is { } known ? GraphIndex.TimeKey(known) : NoTime;
            foreach (var (start, end) in Intervals(relationship, published))
            {
                starts.Add(start.DayNumber);
                ends.Add(end.DayNumber);
            }

            offsets[i + 1] = starts.Count;
        }

        return (keys, offsets, [.. starts], [.. ends]);
    }

    private static IEnumerable<(DateOnly Start, DateOnly End)> Intervals(IndexedRelationship relationship, List<PartialDate> published)
    {
        if (relationship.Date is { } date)
        {
            return [(date.Start, date.End)];
        }

        if (relationship.ValidFrom is not null || relationship.ValidTo is not null)
        {
            return [(relationship.ValidFrom?.Start ?? DateOnly.MinValue, relationship.ValidTo?.End ?? DateOnly.MaxValue)];
        }

        return published.Select(day => (day.Start, day.End));
    }

    /// <summary>Each entity's relationships in id order (a loop once), as offsets into one array.</summary>
    private static (int[] Offsets, int[] Relationships) Adjacency(int entityCount, int[] from, int[] to)
    {
        var offsets = new int[entityCount + 1];
        for (var r = 0; r < from.Length; r++)
        {
            offsets[from[r] + 1]++;
            if (to[r] != from[r])
            {
                offsets[to[r] + 1]++;
            }
        }

        for (var e = 0; e < entityCount; e++)
        {
            offsets[e + 1] += offsets[e];
        }

        var next = offsets[..^1];
        var relationships = new int[offsets[entityCount]];
        for (var r = 0; r < from.Length; r++)
        {
            relationships[next[from[r]]++] = r;
            if (to[r] != from[r])
            {
                relationships[next[to[r]]++] = r;
            }
        }

        return (offsets, relationships);
    }

    /// <summary>Gives each distinct name a small number, in the order first seen.</summary>
    private sealed class Interner
    {
        private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
        private readonly List<string> _names = [];

        public string[] Names => [.. _names];

        public int Intern(string name)
        {
            if (!_numbers.TryGetValue(name, out var number))
            {
                number = _names.Count;
                _numbers[name] = number;
                _names.Add(name);
            }

            return number;
        }
    }
}
