using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.GraphQL.DataLoader;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>
/// Entities and sources by id through the engine's per-request data loaders: the ends and the
/// evidence of a whole list of relationships cost one store call per execution level, not one
/// per relationship, and an id asked twice in a request loads once.
/// </summary>
internal static class GraphLoaders
{
    private const string EntityById = "entityById";
    private const string SourceById = "sourceById";

    /// <summary>The entity <paramref name="id"/>, which a relationship of the store refers to.</summary>
    /// <exception cref="GraphStoreException">The store holds a relationship to an entity it does not hold.</exception>
    public static async Task<Entity> EntityAsync(this IResolveContext context, GraphQueryService queries, string id) =>
        await Entities(context, queries).LoadAsync(id).ConfigureAwait(false)
        ?? throw new GraphStoreException($"the store holds a relationship that joins entity {id}, but not the entity itself", isTransient: false);

    /// <summary>The entities <paramref name="ids"/>, in the same order, loaded together.</summary>
    /// <exception cref="GraphStoreException">The store holds a relationship to an entity it does not hold.</exception>
    public static async Task<IReadOnlyList<Entity>> EntitiesAsync(this IResolveContext context, GraphQueryService queries, IReadOnlyList<string> ids) =>
        await Task.WhenAll(ids.Select(id => context.EntityAsync(queries, id))).ConfigureAwait(false);

    /// <summary>The source <paramref name="id"/>, which evidence of the store cites.</summary>
    /// <exception cref="GraphStoreException">The store holds evidence citing a source it does not hold.</exception>
    public static async Task<Source> SourceAsync(this IResolveContext context, GraphQueryService queries, string id) =>
        await context.GetDataLoader<string, Source>(SourceById, (ids, cancellationToken) => SourcesByIdAsync(queries, ids, cancellationToken))
            .LoadAsync(id).ConfigureAwait(false)
        ?? throw new GraphStoreException($"the store holds evidence that cites source {id}, but not the source itself", isTransient: false);

    private static DataLoader<string, Entity> Entities(IResolveContext context, GraphQueryService queries) =>
        context.GetDataLoader<string, Entity>(EntityById, (ids, cancellationToken) => EntitiesByIdAsync(queries, ids, cancellationToken));

    private static async Task<IReadOnlyDictionary<string, Entity>> EntitiesByIdAsync(GraphQueryService queries, IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        (await queries.EntitiesAsync(ids, cancellationToken).ConfigureAwait(false)).ToDictionary(entity => entity.Id, StringComparer.Ordinal);

    private static async Task<IReadOnlyDictionary<string, Source>> SourcesByIdAsync(GraphQueryService queries, IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        (await queries.SourcesAsync(ids, cancellationToken).ConfigureAwait(false)).ToDictionary(source => source.Id, StringComparer.Ordinal);
}

/// <summary>
/// A result value (a relationship, an edge, a path, evidence) with the entities that came with
/// its query (the nodes of a path or subgraph), so that ends already at hand are not loaded again.
/// </summary>
internal sealed record Carried<T>(T Value, IReadOnlyDictionary<string, Entity> EntitiesAtHand)
{
    /// <summary>Another value carrying the same entities.</summary>
    public Carried<TOther> With<TOther>(TOther other) => new(other, EntitiesAtHand);
}

/// <summary>Makes <see cref="Carried{T}"/> values.</summary>
internal static class Carried
{
    private static readonly IReadOnlyDictionary<string, Entity> Nothing = new Dictionary<string, Entity>();

    /// <summary><paramref name="value"/>, with no entity at hand.</summary>
    public static Carried<T> Alone<T>(T value) => new(value, Nothing);

    /// <summary><paramref name="value"/>, with <paramref name="entities"/> at hand.</summary>
    public static Carried<T> With<T>(T value, IEnumerable<Entity> entities) =>
        new(value, entities.DistinctBy(entity => entity.Id, StringComparer.Ordinal).ToDictionary(entity => entity.Id, StringComparer.Ordinal));
}
