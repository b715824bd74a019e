namespace KnowledgeGraph.Core.Facts;

/// <summary>
/// The cities a place or park lies in, by following containment upwards through places and
/// parks only (a park in a district in a city); an organisation a park is part of does not move
/// the park. Loops are reported elsewhere, so the walk only has to end on them.
/// </summary>
internal sealed class CityFinder(IReadOnlyList<ContainmentEdge> edges, Func<string, bool> isPlaceOrPark, Func<string, bool> isCity)
{
    private readonly ILookup<string, string> _containers = edges
        .Where(e => isPlaceOrPark(e.FromId) && isPlaceOrPark(e.ToId))
        .ToLookup(e => e.FromId, e => e.ToId, StringComparer.Ordinal);

    private readonly Dictionary<string, IReadOnlyList<string>> _found = new(StringComparer.Ordinal);

    /// <summary>The cities <paramref name="placeId"/> is, or lies in, in the order they are reached.</summary>
    public IReadOnlyList<string> Of(string placeId)
    {
        if (!_found.TryGetValue(placeId, out var cities))
        {
            _found[placeId] = cities = Walk(placeId);
        }

        return cities;
    }

    private List<string> Walk(string placeId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { placeId };
        var next = new Queue<string>([placeId]);
        var cities = new List<string>();
        while (next.TryDequeue(out var place))
        {
            if (isCity(place))
            {
                cities.Add(place);
            }

            foreach (var container in _containers[place].Where(seen.Add))
            {
                next.Enqueue(container);
            }
        }

        return cities;
    }
}
