using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Core.Queries;

/// <summary>
/// Answers the questions of the public contract (entity, search, relationships, partners,
/// paths, subgraph, stats) over any <see cref="IGraphStore"/>, so that every store and every
/// transport (GraphQL, command line) gives the same answers. Traversals are the store's
/// primitives (reach, neighbourhood, paths, pages of relationships), one store call each; the
/// details of what they found are read in batches; every ordering ends with a tie-break by id,
/// so the same question over the same data always gets the same answer.
/// </summary>
/// <remarks>
/// References (<c>ref</c>, <c>city</c>, <c>from</c>...) are an entity's canonical id or any exact
/// name or alias, trimmed. Bad arguments raise <see cref="QueryArgumentException"/>; a reference
/// that names nothing raises <see cref="UnknownReferenceException"/> and one that names several
/// <see cref="AmbiguousReferenceException"/> — all three are <see cref="QueryException"/>s, the
/// caller's to fix. Store failures surface as <see cref="GraphStoreException"/>.
/// <para>
/// Time windows (<c>from</c>, <c>to</c>, either may be null for an open side): <c>from</c> counts
/// from the first day of its partial date, <c>to</c> up to its last, so 2018 to 2018 is the whole
/// year; <c>from</c> after <c>to</c> is an argument error. A relationship is kept when its date
/// (events) or its validity, open where unknown (states), overlaps the window; one with no time
/// at all counts as holding on the publication dates of its evidence, and without those is kept
/// only when no window is given.
/// </para>
/// The service is stateless and safe to share between concurrent requests.
/// </remarks>
public sealed class GraphQueryService
{
    private const int MaxSearchResults = 100;
    private const int MinSearchCandidates = 200;
    private const int MaxPageSize = 1000;
    private const int MaxPartnerHops = 6;
    private const int MaxPathHops = 8;
    private const int MaxPaths = 50;
    private const int MaxSubgraphDepth = 4;
    private const int MaxSubgraphLimit = 10_000;
    private const int MaxSubgraphRefs = 100;

    private readonly IGraphStore _store;
    private readonly GraphSchema _schema;
    private readonly ReferenceResolver _references;

    /// <summary>Creates the service over a store, checking type arguments against <paramref name="schema"/>.</summary>
    public GraphQueryService(IGraphStore store, GraphSchema schema)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(schema);
        _store = store;
        _schema = schema;
        _references = new ReferenceResolver(store);
    }

    /// <summary>
    /// The entity a reference names: first as a canonical id (<c>place:wujin</c>), then as an
    /// exact name or alias (<c>武进</c>, <c>武进区</c>, <c>Wujin</c>; ASCII letters in any case).
    /// </summary>
    /// <param name="reference">The reference; surrounding spaces are ignored.</param>
    /// <returns>The entity, or null when nothing matches.</returns>
    /// <exception cref="QueryArgumentException">The reference is empty.</exception>
    /// <exception cref="AmbiguousReferenceException">The name belongs to several entities; the message lists their ids.</exception>
    public Task<Entity?> ResolveAsync(string reference, CancellationToken cancellationToken = default) =>
        _references.ResolveAsync("ref", reference, cancellationToken);

    /// <summary>Like <see cref="ResolveAsync"/>, but a reference that names nothing is an error.</summary>
    /// <exception cref="UnknownReferenceException">No entity matches; the message quotes the reference.</exception>
    public Task<Entity> RequireAsync(string reference, CancellationToken cancellationToken = default) =>
        _references.RequireAsync("ref", reference, cancellationToken);

    /// <summary>
    /// Full-text search over names and aliases (Chinese substrings, English, pinyin), best first.
    /// Names and the text are compared by their <see cref="SearchKeys"/>; with q the text's key
    /// and k a name's: an exact key scores 1, a prefix 0.6 + 0.3·|q|/|k|, another substring
    /// 0.2 + 0.3·|q|/|k|. Each entity appears once, with its best-matching name; ties go to the
    /// shorter entity name, then the id.
    /// </summary>
    /// <param name="text">What to look for; must keep a letter or digit once spaces and punctuation are dropped.</param>
    /// <param name="types">Entity types to keep (schema names), or null for all. Default: null.</param>
    /// <param name="first">At most this many hits, 1 to 100. Default: 20.</param>
    /// <exception cref="QueryArgumentException">The text is empty, a type is unknown or <paramref name="first"/> is out of range.</exception>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(
        string text, IReadOnlyCollection<string>? types = null, int first = 20, CancellationToken cancellationToken = default)
    {
        var query = QueryArguments.NonEmpty(nameof(text), text, "some text to search for");
        var key = SearchKeys.Normalize(query);
        if (key.Length == 0)
        {
            throw new QueryArgumentException(nameof(text), $"'{query}' has nothing to search for once spaces and punctuation are dropped");
        }

        var entityTypes = QueryArguments.EntityTypes(nameof(types), types, _schema);
        QueryArguments.InRange(nameof(first), first, 1, MaxSearchResults);
        var candidates = await _store.FindSearchCandidatesAsync(query, entityTypes, Math.Max(first * 10, MinSearchCandidates), cancellationToken)
            .ConfigureAwait(false);
        return SearchRanking.Rank(key, candidates, first);
    }

    /// <summary>
    /// A page of the relationships touching one entity, in time order: by the relationship's
    /// date, else its start of validity, else the earliest publication date of its evidence;
    /// those with no time at all last; ties by id.
    /// </summary>
    /// <param name="reference">The entity: an id, name or alias.</param>
    /// <param name="filter">Types, direction, role (exact match) and time window. Default: everything, both directions.</param>
    /// <param name="first">At most this many relationships on the page, 0 to 1000. Default: 100.</param>
    /// <param name="after">The <see cref="RelationshipPage.EndCursor"/> of the previous page of the same query, or null for the first page.</param>
    /// <exception cref="QueryArgumentException">An argument is out of range or malformed, or <paramref name="after"/> is not a cursor of this list.</exception>
    /// <exception cref="UnknownReferenceException">The reference names nothing.</exception>
    /// <exception cref="AmbiguousReferenceException">The reference names several entities.</exception>
    public async Task<RelationshipPage> RelationshipsAsync(
        string reference, RelationshipFilter? filter = null, int first = 100, string? after = null, CancellationToken cancellationToken = default)
    {
        var request = RelationshipRequest.Check(filter ?? new RelationshipFilter(), first, _schema);
        var entity = await _references.RequireAsync("ref", reference, cancellationToken).ConfigureAwait(false);
        return await request.ListAsync(new StoreReader(_store, cancellationToken), entity.Id, after).ConfigureAwait(false);
    }

    /// <summary>
    /// Like <see cref="RelationshipsAsync(string, RelationshipFilter?, int, string?, CancellationToken)"/>
    /// for an entity already at hand (a field of an entity), without resolving it again.
    /// </summary>
    public Task<RelationshipPage> RelationshipsAsync(
        Entity entity, RelationshipFilter? filter = null, int first = 100, string? after = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var request = RelationshipRequest.Check(filter ?? new RelationshipFilter(), first, _schema);
        return request.ListAsync(new StoreReader(_store, cancellationToken), entity.Id, after);
    }

    /// <summary>
    /// The first page of the relationships of each of many entities (the same field of every
    /// entity of a list), exactly as <see cref="RelationshipsAsync(Entity, RelationshipFilter?, int, string?, CancellationToken)"/>
    /// gives it for each, from one read of the relationships of them all and one of the
    /// publication dates they need — not one read per entity.
    /// </summary>
    /// <param name="entities">The entities, already at hand; repeats count once.</param>
    /// <param name="filter">Types, direction, role (exact match) and time window, the same for every entity. Default: everything, both directions.</param>
    /// <param name="first">At most this many relationships on each page, 0 to 1000. Default: 100.</param>
    /// <returns>A page for every entity, by entity id; an entity without relationships gets an empty page.</returns>
    /// <exception cref="QueryArgumentException">An argument is out of range or malformed.</exception>
    public Task<IReadOnlyDictionary<string, RelationshipPage>> RelationshipsForAsync(
        IReadOnlyCollection<Entity> entities, RelationshipFilter? filter = null, int first = 100, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var request = RelationshipRequest.Check(filter ?? new RelationshipFilter(), first, _schema);
        return request.ListFirstPagesAsync(new StoreReader(_store, cancellationToken), [.. entities.Select(entity => entity.Id)]);
    }

    /// <summary>
    /// People and organisations based in <paramref name="city"/> that are linked to
    /// <paramref name="linkedTo"/> or anything inside it, nearest first (then by name, then id).
    /// </summary>
    /// <remarks>
    /// <i>Inside X</i>: X and everything that reaches X through containment relationships
    /// (LOCATED_IN, PART_OF), transitively. <i>Based in the city</i>: inside it, or — for a
    /// person — holding a position in something inside it within the time window. <i>Linked</i>:
    /// reached from inside <paramref name="linkedTo"/> within <paramref name="maxHops"/>
    /// non-containment relationships that hold in the window, either direction, never walking
    /// on through an entity of a hub category (places, industries: they would link everything
    /// in a city or a trade). What is based in the city and itself inside
    /// <paramref name="linkedTo"/> is a partner at 0 hops. Containment is never filtered by
    /// time. Each partner comes with one shortest path, the same one every time.
    /// </remarks>
    /// <param name="city">The city (or any place) the partners are based in: an id, name or alias.</param>
    /// <param name="linkedTo">What they are linked to: an id, name or alias.</param>
    /// <param name="maxHops">The most linking relationships, 1 to 6. Default: 2.</param>
    /// <param name="types">Entity types a partner may have, or null for people, organisations and funds. Default: null.</param>
    /// <param name="from">The start of the time window, or null. Default: null.</param>
    /// <param name="to">The end of the time window, or null. Default: null.</param>
    /// <exception cref="QueryArgumentException">An argument is out of range or a type unknown.</exception>
    /// <exception cref="UnknownReferenceException">A reference names nothing.</exception>
    /// <exception cref="AmbiguousReferenceException">A reference names several entities.</exception>
    public async Task<IReadOnlyList<Partner>> PartnersAsync(
        string city, string linkedTo, int maxHops = 2, IReadOnlyCollection<string>? types = null,
        PartialDate? from = null, PartialDate? to = null, CancellationToken cancellationToken = default)
    {
        QueryArguments.InRange(nameof(maxHops), maxHops, 1, MaxPartnerHops);
        var partnerTypes = QueryArguments.EntityTypes(nameof(types), types, _schema) ?? PartnerFinder.DefaultTypes(_schema);
        var window = TimeWindow.Create(from, to);
        var cityEntity = await _references.RequireAsync(nameof(city), city, cancellationToken).ConfigureAwait(false);
        var linkedEntity = await _references.RequireAsync(nameof(linkedTo), linkedTo, cancellationToken).ConfigureAwait(false);
        var finder = new PartnerFinder(new StoreReader(_store, cancellationToken), _schema);
        return await finder.FindAsync(cityEntity, linkedEntity, maxHops, partnerTypes, window).ConfigureAwait(false);
    }

    /// <summary>
    /// Simple paths between two entities over relationships of any direction, shortest first;
    /// paths of one length are ordered by their sequences of relationship ids. Longer paths
    /// follow the shortest ones, up to <paramref name="maxHops"/>, until <paramref name="first"/>
    /// are found. No path within the bound gives an empty list.
    /// </summary>
    /// <param name="from">Where paths start: an id, name or alias.</param>
    /// <param name="to">Where paths end: an id, name or alias of another entity (the same entity is an argument error).</param>
    /// <param name="maxHops">The longest path, in relationships, 1 to 8. Default: 4.</param>
    /// <param name="types">Relationship types to walk along, or null for all. Default: null.</param>
    /// <param name="first">At most this many paths, 1 to 50. Default: 5.</param>
    /// <exception cref="QueryArgumentException">An argument is out of range, a type unknown, or both ends are one entity.</exception>
    /// <exception cref="UnknownReferenceException">A reference names nothing.</exception>
    /// <exception cref="AmbiguousReferenceException">A reference names several entities.</exception>
    public async Task<IReadOnlyList<GraphPath>> PathsAsync(
        string from, string to, int maxHops = 4, IReadOnlyCollection<string>? types = null, int first = 5,
        CancellationToken cancellationToken = default)
    {
        QueryArguments.InRange(nameof(maxHops), maxHops, 1, MaxPathHops);
        QueryArguments.InRange(nameof(first), first, 1, MaxPaths);
        var relationTypes = QueryArguments.RelationTypes(nameof(types), types, _schema);
        var start = await _references.RequireAsync(nameof(from), from, cancellationToken).ConfigureAwait(false);
        var end = await _references.RequireAsync(nameof(to), to, cancellationToken).ConfigureAwait(false);
        if (start.Id == end.Id)
        {
            throw new QueryArgumentException(nameof(to), $"names {end.Id}, the entity 'from' names too; expected two different entities");
        }

        var reader = new StoreReader(_store, cancellationToken);
        var paths = await _store.FindPathsAsync(new PathQuery(start.Id, end.Id, maxHops, relationTypes, first), cancellationToken).ConfigureAwait(false);
        await PathDetails.LoadAsync(reader, paths).ConfigureAwait(false);
        return [.. paths.Select(p => p.ToGraphPath(reader))];
    }

    /// <summary>
    /// The neighbourhood of some entities, for visualisation and BI tools: relationships found
    /// breadth-first up to <paramref name="depth"/> that hold in the time window, at most
    /// <paramref name="limit"/> of them in breadth-first order (by distance, then id); the nodes
    /// are the starting entities and the ends of the kept relationships.
    /// </summary>
    /// <param name="refs">Where to start: 1 to 100 ids, names or aliases; repeats count once.</param>
    /// <param name="depth">How many relationships away from the start to go, 0 to 4. Default: 1.</param>
    /// <param name="types">Relationship types to follow, or null for all. Default: null.</param>
    /// <param name="from">The start of the time window, or null. Default: null.</param>
    /// <param name="to">The end of the time window, or null. Default: null.</param>
    /// <param name="limit">The most relationships, 1 to 10000; <see cref="Subgraph.Truncated"/> says whether it cut any off. Default: 1000.</param>
    /// <exception cref="QueryArgumentException">An argument is out of range, empty or a type unknown.</exception>
    /// <exception cref="UnknownReferenceException">A reference names nothing.</exception>
    /// <exception cref="AmbiguousReferenceException">A reference names several entities.</exception>
    public async Task<Subgraph> SubgraphAsync(
        IReadOnlyList<string> refs, int depth = 1, IReadOnlyCollection<string>? types = null,
        PartialDate? from = null, PartialDate? to = null, int limit = 1000, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(refs);
        if (refs.Count is 0 or > MaxSubgraphRefs)
        {
            throw new QueryArgumentException(nameof(refs), $"lists {refs.Count} references; expected 1 to {MaxSubgraphRefs}");
        }

        QueryArguments.InRange(nameof(depth), depth, 0, MaxSubgraphDepth);
        QueryArguments.InRange(nameof(limit), limit, 1, MaxSubgraphLimit);
        var relationTypes = QueryArguments.RelationTypes(nameof(types), types, _schema);
        var window = TimeWindow.Create(from, to);
        var starts = await _references.RequireAllAsync(nameof(refs), refs, cancellationToken).ConfigureAwait(false);
        return await new SubgraphBuilder(new StoreReader(_store, cancellationToken))
            .BuildAsync(starts, depth, relationTypes, window, limit).ConfigureAwait(false);
    }

    /// <summary>Counts of entities, relationships and sources, by type, as the store keeps them.</summary>
    public Task<GraphStats> StatsAsync(CancellationToken cancellationToken = default) =>
        _store.GetStatsAsync(cancellationToken);

    /// <summary>The sources with these ids (to show the evidence of relationships), ordered by id; unknown ids are skipped.</summary>
    public async Task<IReadOnlyList<Source>> SourcesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return ids.Count == 0 ? [] : await _store.GetSourcesAsync(ids, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The entities with these ids (the ends of listed relationships), ordered by id; unknown ids are skipped.</summary>
    public async Task<IReadOnlyList<Entity>> EntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return ids.Count == 0
            ? []
            : [.. (await _store.GetEntitiesAsync(ids, cancellationToken).ConfigureAwait(false)).OrderBy(e => e.Id, StringComparer.Ordinal)];
    }

    /// <summary>A relationship filter whose arguments have been checked.</summary>
    private sealed record RelationshipRequest(IReadOnlyCollection<string>? Types, Direction Direction, string? Role, TimeWindow Window, int First)
    {
        public static RelationshipRequest Check(RelationshipFilter filter, int first, GraphSchema schema)
        {
            if (!Enum.IsDefined(filter.Direction))
            {
                throw new QueryArgumentException("direction", $"is {filter.Direction}; expected Out, In or Both");
            }

            var role = filter.Role is null ? null : QueryArguments.NonEmpty("role", filter.Role, "a role such as 市委书记, or none");
            return new RelationshipRequest(
                QueryArguments.RelationTypes("types", filter.Types, schema),
                filter.Direction,
                role,
                TimeWindow.Create(filter.From, filter.To),
                QueryArguments.InRange(nameof(first), first, 0, MaxPageSize));
        }

        public Task<RelationshipPage> ListAsync(StoreReader reader, string entityId, string? after) =>
            new RelationshipLister(reader).ListAsync(entityId, Types, Direction, Role, Window, First, after);

        public Task<IReadOnlyDictionary<string, RelationshipPage>> ListFirstPagesAsync(StoreReader reader, IReadOnlyCollection<string> entityIds) =>
            new RelationshipLister(reader).ListFirstPagesAsync(entityIds, Types, Direction, Role, Window, First);
    }
}
