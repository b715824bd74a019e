using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.GraphQL.DataLoader;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>
/// The relationships of an entity through the engine's per-request data loader: the same field
/// asked of every entity of a list, with the same arguments, costs the store calls of one
/// entity, not one set per entity. Fields with other arguments load in a batch of their own.
/// </summary>
internal static class RelationshipLoader
{
    private const string RelationshipsOf = "relationshipsOf";

    /// <summary>The first page of <paramref name="entity"/>'s relationships, as <see cref="GraphQueryService.RelationshipsAsync(Entity, RelationshipFilter?, int, string?, CancellationToken)"/> gives it.</summary>
    /// <exception cref="QueryArgumentException">The arguments are out of range or malformed.</exception>
    public static async Task<RelationshipPage> RelationshipPageAsync(
        this IResolveContext context, GraphQueryService queries, Entity entity, RelationshipFilter filter, int first)
    {
        var loader = context.GetDataLoader<PageKey, LoadedPage>(RelationshipsOf, (keys, cancellationToken) => LoadAsync(queries, keys, cancellationToken));
        var loaded = await loader.LoadAsync(new PageKey(entity, new PageArguments(filter, first))).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"the relationship loader returned no page for entity {entity.Id}");
        return loaded.Page ?? throw loaded.Refusal!;
    }

    /// <summary>One service call per distinct set of arguments; a refusal fails only the fields that share its arguments.</summary>
    private static async Task<IReadOnlyDictionary<PageKey, LoadedPage>> LoadAsync(
        GraphQueryService queries, IReadOnlyList<PageKey> keys, CancellationToken cancellationToken)
    {
        var loaded = new Dictionary<PageKey, LoadedPage>();
        foreach (var group in keys.GroupBy(key => key.Arguments))
        {
            try
            {
                var pages = await queries.RelationshipsForAsync(
                    [.. group.Select(key => key.Entity)], group.Key.Filter, group.Key.First, cancellationToken).ConfigureAwait(false);
                foreach (var key in group)
                {
                    loaded[key] = new LoadedPage(pages[key.Entity.Id], Refusal: null);
                }
            }
            catch (QueryException refusal)
            {
                foreach (var key in group)
                {
                    loaded[key] = new LoadedPage(Page: null, refusal);
                }
            }
        }

        return loaded;
    }

    /// <summary>An entity with the arguments of a relationship field; equal for the same entity id and arguments.</summary>
    private sealed record PageKey(Entity Entity, PageArguments Arguments)
    {
        public bool Equals(PageKey? other) =>
            other is not null && string.Equals(Entity.Id, other.Entity.Id, StringComparison.Ordinal) && Arguments.Equals(other.Arguments);

        public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Entity.Id), Arguments);
    }

    /// <summary>The arguments of a relationship field; equal when they ask for the same page (the same types in the same order).</summary>
    private sealed record PageArguments(RelationshipFilter Filter, int First)
    {
        public bool Equals(PageArguments? other) =>
            other is not null
            && First == other.First
            && Filter.Direction == other.Filter.Direction
            && string.Equals(Filter.Role, other.Filter.Role, StringComparison.Ordinal)
            && Filter.From == other.Filter.From
            && Filter.To == other.Filter.To
            && SameTypes(Filter.Types, other.Filter.Types);

        public override int GetHashCode() => HashCode.Combine(First, Filter.Direction, Filter.Role, Filter.From, Filter.To, Filter.Types?.Count);

        private static bool SameTypes(IReadOnlyCollection<string>? types, IReadOnlyCollection<string>? others) =>
            types is null || others is null ? types is null && others is null : types.SequenceEqual(others, StringComparer.Ordinal);
    }

    /// <summary>A page, or the refusal of the arguments it was asked with.</summary>
    private sealed record LoadedPage(RelationshipPage? Page, QueryException? Refusal);
}
