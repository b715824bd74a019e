using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Queries;

/// <summary>
/// Lists the relationships of one entity, filtered and in time order: by the relationship's
/// date, else its start of validity, else the earliest publication date of its evidence;
/// relationships with no time at all come last; ties go by id.
/// </summary>
internal sealed class RelationshipLister(StoreReader reader)
{
    public async Task<RelationshipPage> ListAsync(
        string entityId, IReadOnlyCollection<string>? types, Direction direction, string? role, TimeWindow window, int first, string? after)
    {
        var touching = await reader.RelationshipsAsync([entityId], direction, types, window).ConfigureAwait(false);
        var withRole = role is null ? touching : [.. touching.Where(r => string.Equals(r.Role, role, StringComparison.Ordinal))];
        await reader.LoadPublicationDatesAsync(withRole).ConfigureAwait(false);
        var ordered = withRole
            .OrderBy(r => TimeOf(r) is null)
            .ThenBy(TimeOf)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();

        var start = after is null ? 0 : IndexAfter(ordered, after);
        var page = ordered.Skip(start).Take(first).Select(r => new RelationshipEdge(RelationshipCursor.Encode(r.Id), r)).ToList();
        return new RelationshipPage(page, start + page.Count < ordered.Count, page.Count > 0 ? page[^1].Cursor : null, ordered.Count);
    }

    private PartialDate? TimeOf(Relationship relationship) =>
        relationship.Date ?? relationship.ValidFrom ?? EarliestOrNull(reader.PublicationDates(relationship));

    private static PartialDate? EarliestOrNull(IEnumerable<PartialDate> dates) =>
        dates.Select(d => (PartialDate?)d).Min();

    private static int IndexAfter(List<Relationship> ordered, string cursor)
    {
        var id = RelationshipCursor.Decode(cursor);
        var index = id is null ? -1 : ordered.FindIndex(r => r.Id == id);
        return index >= 0
            ? index + 1
            : throw new QueryArgumentException("after", $"'{cursor}' is not a cursor of this list; expected the endCursor of a page of the same query");
    }
}
