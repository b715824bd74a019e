using System.Collections.Concurrent;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>
/// The entities and sources one request has seen, fetched in batches and each at most once, so
/// that resolving the ends and the evidence of a list of relationships costs one store call per
/// list rather than one per relationship. One loader per request: it lives in the request's
/// <see cref="IResolveContext.Items"/>, shared by resolvers that may run concurrently.
/// </summary>
internal sealed class GraphLoader(GraphQueryService queries, CancellationToken cancellationToken)
{
    private const string ItemKey = "KnowledgeGraph.Api.GraphQL.GraphLoader";

    private readonly ConcurrentDictionary<string, Entity> _entities = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Source?> _sources = new(StringComparer.Ordinal);

    /// <summary>The loader of the request that <paramref name="context"/> belongs to, created on first use.</summary>
    public static GraphLoader Of(IResolveContext context, GraphQueryService queries) =>
        (GraphLoader)context.Items.GetOrAdd(ItemKey, _ => new GraphLoader(queries, context.CancellationToken))!;

    /// <summary>Keeps entities already at hand (the nodes of a path or subgraph) so that they are not fetched again.</summary>
    public void Remember(IEnumerable<Entity> entities)
    {
        foreach (var entity in entities)
        {
            _entities.TryAdd(entity.Id, entity);
        }
    }

    /// <summary>A batch of relationships that were returned together: their ends and sources load together.</summary>
    public RelationshipBatch Batch(IEnumerable<Relationship> relationships) => new(this, [.. relationships]);

    /// <summary>Fetches, in one store call, the entities among <paramref name="ids"/> not fetched yet.</summary>
    public async Task LoadEntitiesAsync(IEnumerable<string> ids)
    {
        var missing = ids.Where(id => !_entities.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            Remember(await queries.EntitiesAsync(missing, cancellationToken).ConfigureAwait(false));
        }
    }

    /// <summary>Fetches, in one store call, the sources among <paramref name="ids"/> not fetched yet.</summary>
    public async Task LoadSourcesAsync(IEnumerable<string> ids)
    {
        var missing = ids.Where(id => !_sources.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var found = await queries.SourcesAsync(missing, cancellationToken).ConfigureAwait(false);
        foreach (var id in missing)
        {
            _sources.TryAdd(id, found.FirstOrDefault(source => source.Id == id));
        }
    }

    /// <summary>An entity loaded before.</summary>
    /// <exception cref="GraphStoreException">The store returned a relationship to an entity it does not hold.</exception>
    public Entity Entity(string id) =>
        _entities.TryGetValue(id, out var entity)
            ? entity
            : throw new GraphStoreException($"the store holds a relationship that joins entity {id}, but not the entity itself", isTransient: false);

    /// <summary>A source loaded before.</summary>
    /// <exception cref="GraphStoreException">The store returned evidence citing a source it does not hold.</exception>
    public Source Source(string id) =>
        _sources.TryGetValue(id, out var source) && source is not null
            ? source
            : throw new GraphStoreException($"the store holds evidence that cites source {id}, but not the source itself", isTransient: false);
}
