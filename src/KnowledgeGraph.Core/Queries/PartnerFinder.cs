using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Queries;

/// <summary>
/// Finds the people and organisations of a city that are linked to an entity or anything
/// inside it. <i>Inside X</i> is X and whatever reaches X through containment relationships,
/// followed inbound. The link search walks the other relationships, both ways, layer by layer,
/// and never walks on through an entity of the schema's hub categories (places, industries):
/// they would link everything in a city, or everything in a trade, to everything else.
/// </summary>
internal sealed class PartnerFinder(StoreReader reader, GraphSchema schema)
{
    private const string HoldsPosition = "HOLDS_POSITION";

    private readonly IReadOnlyCollection<string> _containmentTypes = [.. schema.ContainmentTypes];
    private readonly IReadOnlyCollection<string> _linkTypes =
        [.. schema.RelationTypes.Keys.Where(t => !schema.ContainmentTypes.Contains(t)).Order(StringComparer.Ordinal)];

    /// <summary>The entity types a partner may have when the caller names none: people, organisations and funds.</summary>
    public static IReadOnlySet<string> DefaultTypes(GraphSchema schema) =>
        schema.EntityTypesIn("person").Union(schema.EntityTypesIn("organisation")).Union(schema.EntityTypesIn("fund")).ToHashSet(StringComparer.Ordinal);

    public async Task<IReadOnlyList<Partner>> FindAsync(Entity city, Entity linkedTo, int maxHops, IReadOnlySet<string> partnerTypes, TimeWindow window)
    {
        var target = await ContainmentTreeAsync(linkedTo.Id).ConfigureAwait(false);
        var basedInCity = await BasedInAsync(city.Id, window).ConfigureAwait(false);
        var links = await LinkAsync(target, maxHops, window).ConfigureAwait(false);
        await reader.LoadEntitiesAsync(target.Keys).ConfigureAwait(false);

        // Something based in the city and inside the target itself (a Shenzhen company with a
        // site in 武进) is the closest partner of all: 0 hops, its path the containment chain.
        var partnerIds = links
            .Where(pair => pair.Key != linkedTo.Id && basedInCity.Contains(pair.Key) && partnerTypes.Contains(reader.Entity(pair.Key).Type))
            .Select(pair => pair.Key)
            .ToList();
        var paths = partnerIds.ToDictionary(id => id, id => PathToTarget(id, links, target), StringComparer.Ordinal);
        await reader.LoadEntitiesAsync(paths.Values.SelectMany(path => path.NodeIds)).ConfigureAwait(false);

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
    /// leads one step towards the root (null for the root). Containment is not filtered by
    /// time: locations are long-lived and rarely dated.
    /// </summary>
    private async Task<Dictionary<string, Relationship?>> ContainmentTreeAsync(string rootId)
    {
        var tree = new Dictionary<string, Relationship?>(StringComparer.Ordinal) { [rootId] = null };
        List<string> frontier = [rootId];
        while (frontier.Count > 0)
        {
            var inbound = await reader.RelationshipsAsync(frontier, Direction.In, _containmentTypes, TimeWindow.Open).ConfigureAwait(false);
            var next = new List<string>();
            foreach (var relationship in inbound)
            {
                if (tree.TryAdd(relationship.FromId, relationship))
                {
                    next.Add(relationship.FromId);
                }
            }

            frontier = next;
        }

        return tree;
    }

    /// <summary>
    /// The entities based in the city: inside it, or people holding a position in something
    /// inside it within the window (a former secretary is not based there today).
    /// </summary>
    private async Task<HashSet<string>> BasedInAsync(string cityId, TimeWindow window)
    {
        var inside = await ContainmentTreeAsync(cityId).ConfigureAwait(false);
        var positions = await reader.RelationshipsAsync(inside.Keys, Direction.In, [HoldsPosition], window).ConfigureAwait(false);
        return inside.Keys.Concat(positions.Select(r => r.FromId)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Breadth-first from everything inside the target, one store call per layer. Each entity
    /// reached keeps its distance and the relationship it was first reached by; relationships
    /// are taken in id order, so the shortest path kept is always the same one.
    /// </summary>
    private async Task<Dictionary<string, Link>> LinkAsync(Dictionary<string, Relationship?> target, int maxHops, TimeWindow window)
    {
        var links = target.Keys.ToDictionary(id => id, _ => new Link(0, null), StringComparer.Ordinal);
        List<string> frontier = [.. target.Keys];
        for (var hops = 1; hops <= maxHops && frontier.Count > 0; hops++)
        {
            var expanding = frontier.ToHashSet(StringComparer.Ordinal);
            var relationships = await reader.RelationshipsAsync(frontier, Direction.Both, _linkTypes, window).ConfigureAwait(false);
            var reached = new List<string>();
            foreach (var relationship in relationships)
            {
                foreach (var end in new[] { relationship.FromId, relationship.ToId }.Where(expanding.Contains))
                {
                    var other = relationship.OtherEnd(end);
                    if (links.TryAdd(other, new Link(hops, relationship)))
                    {
                        reached.Add(other);
                    }
                }
            }

            await reader.LoadEntitiesAsync(reached).ConfigureAwait(false);
            frontier = [.. reached.Where(id => !schema.IsHub(reader.Entity(id)))];
        }

        return links;
    }

    /// <summary>The link back to the target, then the containment chain up to the entity linked to.</summary>
    private static IdPath PathToTarget(string partnerId, Dictionary<string, Link> links, Dictionary<string, Relationship?> target)
    {
        List<string> nodes = [partnerId];
        var relationships = new List<Relationship>();
        var current = partnerId;
        while (links[current].Via is { } via)
        {
            relationships.Add(via);
            current = via.OtherEnd(current);
            nodes.Add(current);
        }

        while (target[current] is { } up)
        {
            relationships.Add(up);
            current = up.ToId;
            nodes.Add(current);
        }

        return new IdPath(nodes, relationships);
    }

    /// <summary>How far an entity is from the target, and the relationship that first reached it.</summary>
    private readonly record struct Link(int Hops, Relationship? Via);
}
