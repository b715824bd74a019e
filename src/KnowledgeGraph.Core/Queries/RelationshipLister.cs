using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Core.Queries;

/// <summary>
/// Lists the relationships of entities, filtered and in time order: by the relationship's
/// date, else its start of validity, else the earliest publication date of its evidence;
/// relationships with no time at all come last; ties go by id. Any number of entities costs
/// the same store calls as one: the pages of ids, then the relationships on them.
/// </summary>
internal sealed class RelationshipLister(StoreReader reader)
{
    public async Task<RelationshipPage> ListAsync(
        string entityId, IReadOnlyCollection<string>? types, Direction direction, string? role, TimeWindow window, int first, string? after)
    {
        var afterId = after is null ? null : RelationshipCursor.Decode(after) ?? throw NotACursor(after);
        var pages = await PagesAsync([entityId], types, direction, role, window, first, afterId).ConfigureAwait(false);
        var page = pages[entityId];
        return page.AfterFound ? ToPage(page) : throw NotACursor(after!);
    }

    /// <summary>The first page of each entity's relationships, by entity id; an entity with none gets an empty page.</summary>
    public async Task<IReadOnlyDictionary<string, RelationshipPage>> ListFirstPagesAsync(
        IReadOnlyCollection<string> entityIds, IReadOnlyCollection<string>? types, Direction direction, string? role, TimeWindow window, int first)
    {
        var pages = await PagesAsync(entityIds, types, direction, role, window, first, afterId: null).ConfigureAwait(false);
        return pages.ToDictionary(pair => pair.Key, pair => ToPage(pair.Value), StringComparer.Ordinal);
    }

    private async Task<IReadOnlyDictionary<string, RelationshipIdPage>> PagesAsync(
        IReadOnlyCollection<string> entityIds, IReadOnlyCollection<string>? types, Direction direction, string? role, TimeWindow window, int first, string? afterId)
    {
        var ids = entityIds.Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<string, RelationshipIdPage>(StringComparer.Ordinal);
        }

        var query = new RelationshipPageQuery(ids, direction, types, role, window.Range, first, afterId);
        var pages = await reader.Store.PageRelationshipsAsync(query, reader.CancellationToken).ConfigureAwait(false);
        await reader.LoadRelationshipsAsync(pages.Values.SelectMany(p => p.RelationshipIds)).ConfigureAwait(false);
        return pages;
    }

    private RelationshipPage ToPage(RelationshipIdPage page)
    {
        var edges = page.RelationshipIds.Select(id => new RelationshipEdge(RelationshipCursor.Encode(id), reader.Relationship(id))).ToList();
        return new RelationshipPage(edges, page.HasMore, edges.Count > 0 ? edges[^1].Cursor : null, page.TotalCount);
    }

    private static QueryArgumentException NotACursor(string cursor) =>
        new("after", $"'{cursor}' is not a cursor of this list; expected the endCursor of a page of the same query");
}
