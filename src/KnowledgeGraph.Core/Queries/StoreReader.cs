using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Core.Queries;

/// <summary>
/// The store as one query reads it: whole frontiers at once, entities and source dates in
/// batches, each fetched once. Never one store call per node.
/// </summary>
internal sealed class StoreReader(IGraphStore store, CancellationToken cancellationToken)
{
    private readonly Dictionary<string, Entity> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PartialDate?> _publishedOn = new(StringComparer.Ordinal);

    /// <summary>The relationships touching any of the entities that hold within the window, ordered by id; one store call.</summary>
    public async Task<IReadOnlyList<Relationship>> RelationshipsAsync(
        IReadOnlyCollection<string> entityIds, Direction direction, IReadOnlyCollection<string>? types, TimeWindow window)
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

    /// <summary>
    /// Fetches, in one call, the publication dates that the relationships without a date or
    /// a start of validity fall back on, for filtering and ordering by time.
    /// </summary>
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

    /// <summary>The publication dates of a relationship's evidence, as loaded by <see cref="LoadPublicationDatesAsync"/>.</summary>
    public IEnumerable<PartialDate> PublicationDates(Relationship relationship) =>
        relationship.Evidence.Select(e => _publishedOn.GetValueOrDefault(e.SourceId)).OfType<PartialDate>();

    /// <summary>Fetches, in one call, the entities not fetched yet.</summary>
    public async Task LoadEntitiesAsync(IEnumerable<string> ids)
    {
        var missing = ids.Where(id => !_entities.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        foreach (var entity in await store.GetEntitiesAsync(missing, cancellationToken).ConfigureAwait(false))
        {
            _entities[entity.Id] = entity;
        }
    }

    /// <summary>Keeps an entity already at hand (a resolved reference) so that it is not fetched again.</summary>
    public void Remember(Entity entity) => _entities[entity.Id] = entity;

    /// <summary>An entity loaded before.</summary>
    /// <exception cref="GraphStoreException">The store returned a relationship to an entity it does not hold.</exception>
    public Entity Entity(string id) =>
        _entities.TryGetValue(id, out var entity)
            ? entity
            : throw new GraphStoreException($"the store holds a relationship that joins entity {id}, but not the entity itself", isTransient: false);
}
