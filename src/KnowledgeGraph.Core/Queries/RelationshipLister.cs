using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Queries;

/// <summary>
/// Lists the relationships of entities, filtered and in time order: by the relationship's
/// date, else its start of validity, else the earliest publication date of its evidence;
/// relationships with no time at all come last; ties go by id. Any number of entities costs
/// the same store calls as one: their relationships, then the publication dates they need.
/// </summary>
internal sealed class RelationshipLister(StoreReader reader)
{
    public async Task<RelationshipPage> ListAsync(
        string entityId, IReadOnlyCollection<string>? types, Direction direction, string? role, TimeWindow window, int first, string? after)
    {
        var ordered = await OrderedByEntityAsync([entityId], types, direction, role, window).ConfigureAwait(false);
        return Page(ordered[entityId], first, after);
    }

    /// <summary>The first page of each entity's relationships, by entity id; an entity with none gets an empty page.</summary>
    public async Task<IReadOnlyDictionary<string, RelationshipPage>> ListFirstPagesAsync(
        IReadOnlyCollection<string> entityIds, IReadOnlyCollection<string>? types, Direction direction, string? role, TimeWindow window, int first)
    {
        var ordered = await OrderedByEntityAsync(entityIds, types, direction, role, window).ConfigureAwait(false);
        return ordered.ToDictionary(pair => pair.Key, pair => Page(pair.Value, first, after: null), StringComparer.Ordinal);
    }

    private async Task<Dictionary<string, List<Relationship>>> OrderedByEntityAsync(
        IReadOnlyCollection<string> entityIds, IReadOnlyCollection<string>? types, Direction direction, string? role, TimeWindow window)
    {
        var ids = entityIds.Distinct(StringComparer.Ordinal).ToList();
        var touching = await reader.RelationshipsAsync(ids, direction, types, window).ConfigureAwait(false);
        var withRole = role is null ? touching : [.. touching.Where(r => string.Equals(r.Role, role, StringComparison.Ordinal))];
        await reader.LoadPublicationDatesAsync(withRole).ConfigureAwait(false);
        var ordered = withRole
            .OrderBy(r => TimeOf(r) is null)
            .ThenBy(TimeOf)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        var byEntity = ids.ToDictionary(id => id, _ => new List<Relationship>(), StringComparer.Ordinal);
        foreach (var relationship in ordered)
        {
            foreach (var end in EndsAt(relationship, direction))
            {
                byEntity.GetValueOrDefault(end)?.Add(relationship);
            }
        }

        return byEntity;
    }

    /// <summary>The entities whose listing the relationship belongs to: its ends the direction asks for, a loop's end once.</summary>
    private static IEnumerable<string> EndsAt(Relationship relationship, Direction direction) => direction switch
    {
        Direction.Out => [relationship.FromId],
        Direction.In => [relationship.ToId],
        _ => relationship.FromId == relationship.ToId ? [relationship.FromId] : [relationship.FromId, relationship.ToId],
    };

    private static RelationshipPage Page(List<Relationship> ordered, int first, string? after)
    {
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
