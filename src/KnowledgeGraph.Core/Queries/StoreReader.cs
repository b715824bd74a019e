using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Core.Queries;

/// <summary>
/// The details of what a traversal primitive found, as one query reads them: entities and
/// relationships by id in batches, each fetched once. Never one store call per node.
/// </summary>
internal sealed class StoreReader(IGraphStore store, CancellationToken cancellationToken)
{
    private readonly Dictionary<string, Entity> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Relationship> _relationships = new(StringComparer.Ordinal);

    public IGraphStore Store => store;

    public CancellationToken CancellationToken => cancellationToken;

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

    /// <summary>Fetches, in one call, the relationships not fetched yet.</summary>
    public async Task LoadRelationshipsAsync(IEnumerable<string> ids)
    {
        var missing = ids.Where(id => !_relationships.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        foreach (var relationship in await store.GetRelationshipsByIdAsync(missing, cancellationToken).ConfigureAwait(false))
        {
            _relationships[relationship.Id] = relationship;
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

    /// <summary>A relationship loaded before.</summary>
    /// <exception cref="GraphStoreException">The store's traversal named a relationship it does not hold.</exception>
    public Relationship Relationship(string id) =>
        _relationships.TryGetValue(id, out var relationship)
            ? relationship
            : throw new GraphStoreException($"the store's traversal found relationship {id}, but the store does not hold it", isTransient: false);
}
