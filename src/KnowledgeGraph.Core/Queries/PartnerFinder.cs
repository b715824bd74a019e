using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Core.Queries;

/// <summary>
/// Finds the people and organisations of a city that are linked to an entity or anything
/// inside it. <i>Inside X</i> is X and whatever reaches X through containment relationships,
/// followed inbound. The link search walks the other relationships, both ways, layer by layer,
/// and never walks on through an entity of the schema's hub categories (places, industries):
/// they would link everything in a city, or everything in a trade, to everything else. Each
/// walk is one store call.
/// </summary>
internal sealed class PartnerFinder(StoreReader reader, GraphSchema schema)
{
    private const string HoldsPosition = "HOLDS_POSITION";

    private readonly IReadOnlyCollection<string> _containmentTypes = [.. schema.ContainmentTypes];
    private readonly IReadOnlyCollection<string> _linkTypes =
        [.. schema.RelationTypes.Keys.Where(t => !schema.ContainmentTypes.Contains(t)).Order(StringComparer.Ordinal)];
    private readonly IReadOnlyCollection<string> _hubTypes =
        [.. schema.EntityTypes.Values.Where(t => schema.HubCategories.Contains(t.Category)).Select(t => t.Name).Order(StringComparer.Ordinal)];

    /// <summary>The entity types a partner may have when the caller names none: people, organisations and funds.</summary>
    public static IReadOnlySet<string> DefaultTypes(GraphSchema schema) =>
        schema.EntityTypesIn("person").Union(schema.EntityTypesIn("organisation")).Union(schema.EntityTypesIn("fund")).ToHashSet(StringComparer.Ordinal);

    public async Task<IReadOnlyList<Partner>> FindAsync(Entity city, Entity linkedTo, int maxHops, IReadOnlySet<string> partnerTypes, TimeWindow window)
    {
        var target = await ContainmentTreeAsync(linkedTo.Id).ConfigureAwait(false);
        var basedInCity = await BasedInAsync(city.Id, window).ConfigureAwait(false);
        var links = await WalkAsync(new ReachQuery([.. target.Keys], Direction.Both, _linkTypes, window.Range, maxHops, _hubTypes)).ConfigureAwait(false);

        // Something based in the city and inside the target itself (a Shenzhen company with a
        // site in 武进) is the closest partner of all: 0 hops, its path the containment chain.
        var partnerIds = links.Values
            .Where(link => link.Id != linkedTo.Id && basedInCity.Contains(link.Id) && partnerTypes.Contains(link.Type))
            .Select(link => link.Id)
            .ToList();
        var paths = partnerIds.ToDictionary(id => id, id => PathToTarget(id, links, target), StringComparer.Ordinal);
        await PathDetails.LoadAsync(reader, paths.Values).ConfigureAwait(false);

        return
        [
            .. partnerIds
                .Select(id => new Partner(reader.Entity(id), links[id].Hops, paths[id].ToGraphPath(reader)))
                .OrderBy(p => p.Hops)
                .ThenBy(p => p.Entity.Name, StringComparer.Ordinal)
                .ThenBy(p => p.Entity.Id, StringComparer.Ordinal),
        ];
    }

    /// <summary>
    /// Inside <paramref name="rootId"/>: each entity with the containment relationship that
    /// leads one step towards the root. Containment is not filtered by time: locations are
    /// long-lived and rarely dated.
    /// </summary>
    private Task<Dictionary<string, ReachedEntity>> ContainmentTreeAsync(string rootId) =>
        WalkAsync(new ReachQuery([rootId], Direction.In, _containmentTypes, TimeRange.Open, int.MaxValue));

    /// <summary>
    /// The entities based in the city: inside it, or people holding a position in something
    /// inside it within the window (a former secretary is not based there today).
    /// </summary>
    private async Task<HashSet<string>> BasedInAsync(string cityId, TimeWindow window)
    {
        var inside = await ContainmentTreeAsync(cityId).ConfigureAwait(false);
        var holders = await WalkAsync(new ReachQuery([.. inside.Keys], Direction.In, [HoldsPosition], window.Range, 1)).ConfigureAwait(false);
        return inside.Keys.Concat(holders.Keys).ToHashSet(StringComparer.Ordinal);
    }

    private async Task<Dictionary<string, ReachedEntity>> WalkAsync(ReachQuery query)
    {
        var reached = await reader.Store.ReachAsync(query, reader.CancellationToken).ConfigureAwait(false);
        return reached.ToDictionary(r => r.Id, StringComparer.Ordinal);
    }

    /// <summary>The link back to the target, then the containment chain up to the entity linked to.</summary>
    private static PathIds PathToTarget(string partnerId, Dictionary<string, ReachedEntity> links, Dictionary<string, ReachedEntity> target)
    {
        List<string> nodes = [partnerId];
        var relationships = new List<string>();
        var current = links[partnerId];
        while (current is { ViaRelationshipId: { } via, PreviousId: { } previous })
        {
            relationships.Add(via);
            nodes.Add(previous);
            current = links[previous];
        }

        var up = target[current.Id];
        while (up is { ViaRelationshipId: { } via, PreviousId: { } previous })
        {
            relationships.Add(via);
            nodes.Add(previous);
            up = target[previous];
        }

        return new PathIds(nodes, relationships);
    }
}
