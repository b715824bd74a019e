using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Storage;

/// <summary>
/// The plain reads of a store as one layered traversal uses them: whole frontiers at once,
/// entities and source dates in batches, each fetched once.
/// </summary>
internal sealed class LayerReader(IGraphStore store, CancellationToken cancellationToken)
{
    private readonly Dictionary<string, Entity> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PartialDate?> _publishedOn = new(StringComparer.Ordinal);

    /// <summary>The relationships touching any of the entities that hold within the window, ordered by id; one store call.</summary>
    public async Task<IReadOnlyList<Relationship>> RelationshipsAsync(
        IReadOnlyCollection<string> entityIds, Direction direction, IReadOnlyCollection<string>? types, TimeRange window)
    {
        if (entityIds.Count == 0)
        {
            return [];
        }

        var relationships = await store.GetRelationshipsAsync(new RelationshipQuery(entityIds, direction, types), cancellationToken).ConfigureAwait(false);
        if (window.IsOpen)
        {
            return relationships;
        }

        await LoadPublicationDatesAsync(relationships).ConfigureAwait(false);
        return [.. relationships.Where(r => window.Admits(r, PublicationDates(r)))];
    }

    /// <summary>Fetches, in one call, the publication dates that relationships without a date or a start of validity fall back on.</summary>
    public async Task LoadPublicationDatesAsync(IEnumerable<Relationship> relationships)
    {
        var missing = relationships
            .Where(r => r.Date is null && r.ValidFrom is null)
            .SelectMany(r => r.Evidence)
            .Select(e => e.SourceId)
            .Where(id => !_publishedOn.ContainsKey(id))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (missing.Count == 0)
        {
            return;
        }

        foreach (var id in missing)
        {
            _publishedOn[id] = null;
        }

        foreach (var source in await store.GetSourcesAsync(missing, cancellationToken).ConfigureAwait(false))
        {
            _publishedOn[source.Id] = source.PublishedOn;
        }
    }

    /// <summary>The earliest publication date of a relationship's evidence, as loaded, or null.</summary>
    public PartialDate? EarliestPublication(Relationship relationship) =>
        PublicationDates(relationship).Select(d => (PartialDate?)d).Min();

    /// <summary>The entities with these ids that the store holds, fetching in one call those not fetched yet.</summary>
    public async Task<IReadOnlyDictionary<string, Entity>> EntitiesAsync(IEnumerable<string> ids)
    {
        var wanted = ids.Distinct(StringComparer.Ordinal).ToList();
        var missing = wanted.Where(id => !_entities.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            foreach (var entity in await store.GetEntitiesAsync(missing, cancellationToken).ConfigureAwait(false))
            {
                _entities[entity.Id] = entity;
            }
        }

        return wanted.Where(_entities.ContainsKey).ToDictionary(id => id, id => _entities[id], StringComparer.Ordinal);
    }

    private IEnumerable<PartialDate> PublicationDates(Relationship relationship) =>
        relationship.Evidence.Select(e => _publishedOn.GetValueOrDefault(e.SourceId)).OfType<PartialDate>();
}
