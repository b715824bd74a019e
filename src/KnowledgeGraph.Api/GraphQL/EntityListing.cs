using System.Text;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>Pages through the entities of the graph by id, for analysts browsing what it holds.</summary>
internal sealed class EntityListing(IGraphStore store)
{
    public const int MaxPageSize = 1000;

    /// <exception cref="QueryArgumentException"><paramref name="first"/> is out of range, <paramref name="types"/> is empty or <paramref name="after"/> is no cursor.</exception>
    public async Task<EntityPage> PageAsync(IReadOnlyCollection<string>? types, int first, string? after, CancellationToken cancellationToken)
    {
        if (first is < 0 or > MaxPageSize)
        {
            throw new QueryArgumentException(nameof(first), $"is {first}; expected 0 to {MaxPageSize}");
        }

        if (types is { Count: 0 })
        {
            throw new QueryArgumentException(nameof(types), "is an empty list; leave it out to allow every entity type");
        }

        var afterId = after is null ? null : EntityCursor.Decode(after)
            ?? throw new QueryArgumentException(nameof(after), $"'{after}' is not a cursor of this list; expected the endCursor of a page of entities");

        // One more than asked tells whether another page follows.
        var entities = await store.ListEntitiesAsync(new EntityPageQuery(types, first + 1, afterId), cancellationToken).ConfigureAwait(false);
        var edges = entities.Take(first).Select(entity => new EntityEdge(EntityCursor.Encode(entity.Id), entity)).ToList();
        return new EntityPage(edges, new PageInfo(entities.Count > first, edges.Count > 0 ? edges[^1].Cursor : null), token => CountAsync(types, token));
    }

    private async Task<int> CountAsync(IReadOnlyCollection<string>? types, CancellationToken cancellationToken)
    {
        var stats = await store.GetStatsAsync(cancellationToken).ConfigureAwait(false);
        return types is null ? stats.Entities : stats.ByEntityType.Where(count => types.Contains(count.Type)).Sum(count => count.Count);
    }
}

/// <summary>A page of entities; the total is counted only when asked for.</summary>
internal sealed class EntityPage(IReadOnlyList<EntityEdge> edges, PageInfo pageInfo, Func<CancellationToken, Task<int>> countAsync)
{
    public IReadOnlyList<EntityEdge> Edges { get; } = edges;

    public PageInfo PageInfo { get; } = pageInfo;

    public Task<int> TotalCountAsync(CancellationToken cancellationToken) => countAsync(cancellationToken);
}

/// <summary>An entity on a page, with its cursor.</summary>
internal sealed record EntityEdge(string Cursor, Entity Node);

/// <summary>Opaque entity cursors: the base64 of the entity's id, so that clients do not come to depend on the id inside.</summary>
internal static class EntityCursor
{
    public static string Encode(string entityId) => Convert.ToBase64String(Encoding.UTF8.GetBytes(entityId));

    /// <summary>The entity id inside a cursor, or null when the text is not one.</summary>
    public static string? Decode(string cursor)
    {
        var bytes = new byte[cursor.Length];
        return Convert.TryFromBase64String(cursor, bytes, out var written) && written > 0 ? Encoding.UTF8.GetString(bytes, 0, written) : null;
    }
}
