namespace KnowledgeGraph.Core.Facts;

/// <summary>
/// Every entity declared in a run, by id and by each of its names, so that relationships can
/// name their ends by id or by an exact name or alias once all files are read.
/// </summary>
internal sealed class EntityDirectory
{
    private readonly Dictionary<string, string?> _typeById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<string>> _idsByName = new(AsciiCaseInsensitiveComparer.Instance);

    /// <param name="type">The entity's type, or null when its type is unknown (already reported).</param>
    public void Add(string id, string? type, IEnumerable<string> names)
    {
        _typeById[id] = type;
        foreach (var name in names)
        {
            if (!_idsByName.TryGetValue(name, out var ids))
            {
                _idsByName[name] = ids = new SortedSet<string>(StringComparer.Ordinal);
            }

            ids.Add(id);
        }
    }

    /// <summary>An id wins over a name; a name must belong to exactly one entity.</summary>
    public EntityReference Resolve(string reference)
    {
        if (_typeById.TryGetValue(reference, out var type))
        {
            return new EntityReference(reference, type, []);
        }

        if (!_idsByName.TryGetValue(reference, out var ids))
        {
            return new EntityReference(null, null, []);
        }

        return ids.Count == 1
            ? new EntityReference(ids.Min, _typeById[ids.Min!], [])
            : new EntityReference(null, null, [.. ids]);
    }
}

/// <summary>What a reference resolved to: an entity (<see cref="Id"/> set), several (<see cref="Candidates"/>), or nothing.</summary>
internal sealed record EntityReference(string? Id, string? Type, IReadOnlyList<string> Candidates);
