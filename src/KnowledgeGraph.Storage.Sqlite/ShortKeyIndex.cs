namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// Search keys of one or two UTF-16 units, which the trigram index cannot answer, looked up in
/// memory instead of scanning every name: for each single unit and each pair of adjacent units
/// of any key, the names whose key holds it, in the order search candidates come in (entity id,
/// then name, ordinal).
/// </summary>
internal sealed class ShortKeyIndex
{
    private readonly string[] _entityIds;
    private readonly string[] _names;
    private readonly string[] _types;
    private readonly Dictionary<long, int[]> _postings;

    /// <param name="names">Every name an entity answers to: entity id, entity type, name and its search key.</param>
    public ShortKeyIndex(IEnumerable<(string EntityId, string Type, string Name, string Key)> names)
    {
        var rows = names.ToList();
        rows.Sort((a, b) =>
        {
            var byEntity = string.CompareOrdinal(a.EntityId, b.EntityId);
            return byEntity != 0 ? byEntity : string.CompareOrdinal(a.Name, b.Name);
        });
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        _entityIds = [.. rows.Select(r => r.EntityId)];
        _names = [.. rows.Select(r => r.Name)];
        _types = [.. rows.Select(r => types.TryAdd(r.Type, r.Type) ? r.Type : types[r.Type])];
        var postings = new Dictionary<long, List<int>>();
        for (var row = 0; row < rows.Count; row++)
        {
            var key = rows[row].Key;
            for (var i = 0; i < key.Length; i++)
            {
                Post(postings, Single(key[i]), row);
                if (i + 1 < key.Length)
                {
                    Post(postings, Pair(key[i], key[i + 1]), row);
                }
            }
        }

        _postings = postings.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray());
    }

    /// <summary>Whether a search key is short enough for this index: one or two UTF-16 units.</summary>
    public static bool Answers(string key) => key.Length is 1 or 2;

    /// <summary>The (entity id, name) pairs whose key contains <paramref name="key"/>, of the types when given, in candidate order, at most <paramref name="limit"/>.</summary>
    public List<(string EntityId, string Name)> Find(string key, IReadOnlyCollection<string>? types, int limit)
    {
        var found = new List<(string, string)>();
        var code = key.Length == 1 ? Single(key[0]) : Pair(key[0], key[1]);
        if (!_postings.TryGetValue(code, out var rows))
        {
            return found;
        }

        foreach (var row in rows)
        {
            if (found.Count == limit)
            {
                break;
            }

            if (types is null || types.Contains(_types[row]))
            {
                found.Add((_entityIds[row], _names[row]));
            }
        }

        return found;
    }

    private static long Single(char c) => c;

    private static long Pair(char first, char second) => (1L << 32) | ((long)first << 16) | second;

    private static void Post(Dictionary<long, List<int>> postings, long code, int row)
    {
        if (!postings.TryGetValue(code, out var rows))
        {
            rows = [];
            postings[code] = rows;
        }

        if (rows.Count == 0 || rows[^1] != row)
        {
            rows.Add(row);
        }
    }
}
