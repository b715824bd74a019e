using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>
/// The root fields of the contract, each a thin call into <see cref="GraphQueryService"/>. The
/// bounds in the argument descriptions are the service's; tests hold the two together.
/// </summary>
internal sealed class QueryType(GraphQueryService queries, IGraphStore store)
{
    public const int DefaultPageSize = 100;

    private const int DefaultSearchHits = 20;
    private const int DefaultPartnerHops = 2;
    private const int DefaultPathHops = 4;
    private const int DefaultPaths = 5;
    private const int DefaultDepth = 1;
    private const int DefaultLimit = 1000;
    private const int DefaultEntityPageSize = 50;

    private const string WindowNote = "A relationship holds in the window when its date, or its validity (open where unknown), " +
        "overlaps it; one with neither counts as holding on the publication dates of its evidence.";

    private readonly EntityListing _entities = new(store);

    public SchemaBuilder AddTo(SchemaBuilder builder) => builder.Object("Query", type => type
        .Description("Questions about the knowledge graph. Arguments out of their documented bounds fail with code BAD_USER_INPUT " +
            "(extensions.argument names the argument); a reference that names nothing fails with UNKNOWN_REFERENCE, one that names " +
            "several with AMBIGUOUS_REFERENCE (extensions.candidates lists their ids).")
        .Field("entity", "Entity", field => field
            .Description("One entity, or null when nothing matches the reference. A reference that names several entities is an error (AMBIGUOUS_REFERENCE).")
            .Argument("ref", $"{Scalars.EntityRef}!", argument => argument.Description("An id, name or alias."))
            .Resolve(QueryErrors.Guard(async context =>
                (object?)await queries.ResolveAsync(context.Text("ref"), context.CancellationToken).ConfigureAwait(false))))
        .Field("search", "[SearchHit!]!", field => field
            .Description("Full-text search over names and aliases (Chinese substrings, English, pinyin), best first: exact names, " +
                "then prefixes, then other substrings; shorter names first among equals. Each entity appears once.")
            .Argument("text", "String!", argument => argument.Description("What to look for; spaces and punctuation are ignored, so it must keep a letter or digit."))
            .Argument("types", "[EntityType!]", argument => argument.Description("Entity types to keep; null for all. Not an empty list."))
            .Argument("first", "Int", argument => argument.Description($"At most this many hits, 1 to 100. Default: {DefaultSearchHits}.").DefaultValue(DefaultSearchHits))
            .Cost(Costs.Search)
            .Resolve(QueryErrors.Guard(async context => (object?)await queries.SearchAsync(
                context.Text("text"), context.Names("types"), context.Int("first", DefaultSearchHits), context.CancellationToken).ConfigureAwait(false))))
        .Field("relationships", "RelationshipConnection!", field => field
            .Description("Relationships touching one entity, filtered by type, direction, role and time window, in time order " +
                "(by date, else start of validity, else publication of the evidence; undated last; ties by id). " + WindowNote)
            .Argument("ref", $"{Scalars.EntityRef}!", argument => argument.Description("The entity: an id, name or alias."))
            .Argument("types", "[RelationType!]", argument => argument.Description("Relationship types to keep; null for all. Not an empty list."))
            .Argument("direction", "Direction", argument => argument.Description("Which end the entity is. Default: BOTH.").DefaultLiteralText("BOTH"))
            .Argument("role", "String", argument => argument.Description("Keep only relationships with exactly this role, for example 市委书记; null for any. Not blank."))
            .Argument("from", Scalars.PartialDate, argument => argument.Description("The start of the time window, from the first day of this date; null for no start."))
            .Argument("to", Scalars.PartialDate, argument => argument.Description("The end of the time window, to the last day of this date; null for no end. Not before `from`."))
            .Argument("first", "Int", argument => argument.Description($"At most this many relationships on the page, 0 to 1000. Default: {DefaultPageSize}.").DefaultValue(DefaultPageSize))
            .Argument("after", "String", argument => argument.Description("The `endCursor` of the previous page of the same query; null for the first page."))
            .Cost(Costs.Connection)
            .Resolve(QueryErrors.Guard(RelationshipsAsync)))
        .Field("partners", "[Partner!]!", field => field
            .Description("Organisations and people based in `city` (directly or through a district or park inside it) that are linked " +
                "to `linkedTo` (or anything inside it) within `maxHops`, each with the path that links them and its evidence; nearest " +
                "first, then by name. A person is also based in the city through a position in something inside it. " + WindowNote)
            .Argument("city", $"{Scalars.EntityRef}!", argument => argument.Description("The city (or any place) the partners are based in: an id, name or alias."))
            .Argument("linkedTo", $"{Scalars.EntityRef}!", argument => argument.Description("What they are linked to: an id, name or alias."))
            .Argument("maxHops", "Int", argument => argument.Description($"The most linking relationships, 1 to 6. Default: {DefaultPartnerHops}.").DefaultValue(DefaultPartnerHops))
            .Argument("types", "[EntityType!]", argument => argument.Description("Entity types a partner may have; null for people, organisations and funds. Not an empty list."))
            .Argument("from", Scalars.PartialDate, argument => argument.Description("The start of the time window; null for no start."))
            .Argument("to", Scalars.PartialDate, argument => argument.Description("The end of the time window; null for no end. Not before `from`."))
            .Cost(Costs.Partners)
            .Resolve(QueryErrors.Guard(PartnersAsync)))
        .Field("paths", "[Path!]!", field => field
            .Description("Shortest relationship paths between two entities, shortest first, over relationships in either direction; " +
                "longer paths follow, up to `maxHops`, until `first` are found. No path within the bound gives an empty list.")
            .Argument("from", $"{Scalars.EntityRef}!", argument => argument.Description("Where paths start: an id, name or alias."))
            .Argument("to", $"{Scalars.EntityRef}!", argument => argument.Description("Where paths end: an id, name or alias of another entity than `from`."))
            .Argument("maxHops", "Int", argument => argument.Description($"The longest path, in relationships, 1 to 8. Default: {DefaultPathHops}.").DefaultValue(DefaultPathHops))
            .Argument("types", "[RelationType!]", argument => argument.Description("Relationship types to walk along; null for all. Not an empty list."))
            .Argument("first", "Int", argument => argument.Description($"At most this many paths, 1 to 50. Default: {DefaultPaths}.").DefaultValue(DefaultPaths))
            .Cost(Costs.Paths)
            .Resolve(QueryErrors.Guard(PathsAsync)))
        .Field("subgraph", "Subgraph!", field => field
            .Description("The subgraph around some entities, for visualisation and BI tools: relationships found breadth-first up to " +
                "`depth` that hold in [from, to], at most `limit` of them. " + WindowNote + " `truncated` says whether `limit` cut the result.")
            .Argument("refs", $"[{Scalars.EntityRef}!]!", argument => argument.Description("Where to start: 1 to 100 ids, names or aliases; repeats count once."))
            .Argument("depth", "Int", argument => argument.Description($"How many relationships away from the start to go, 0 to 4. Default: {DefaultDepth}.").DefaultValue(DefaultDepth))
            .Argument("types", "[RelationType!]", argument => argument.Description("Relationship types to follow; null for all. Not an empty list."))
            .Argument("from", Scalars.PartialDate, argument => argument.Description("The start of the time window; null for no start."))
            .Argument("to", Scalars.PartialDate, argument => argument.Description("The end of the time window; null for no end. Not before `from`."))
            .Argument("limit", "Int", argument => argument.Description($"The most relationships, 1 to 10000. Default: {DefaultLimit}.").DefaultValue(DefaultLimit))
            .Cost(Costs.Subgraph)
            .Resolve(QueryErrors.Guard(SubgraphAsync)))
        .Field("stats", "GraphStats!", field => field
            .Description("Counts of entities and relationships by type, and the sources ingested.")
            .Resolve(async context => await queries.StatsAsync(context.CancellationToken).ConfigureAwait(false)))
        .Field("entities", "EntityConnection!", field => field
            .Description("The entities of the graph, ordered by id, a page at a time: for browsing what the graph holds.")
            .Argument("types", "[EntityType!]", argument => argument.Description("Entity types to keep; null for all. Not an empty list."))
            .Argument("first", "Int", argument => argument.Description($"At most this many entities on the page, 0 to 1000. Default: {DefaultEntityPageSize}.").DefaultValue(DefaultEntityPageSize))
            .Argument("after", "String", argument => argument.Description("The `endCursor` of the previous page; null for the first page."))
            .Cost(Costs.Connection)
            .Resolve(QueryErrors.Guard(async context => (object?)await _entities.PageAsync(
                context.Names("types"), context.Int("first", DefaultEntityPageSize), context.OptionalText("after"), context.CancellationToken).ConfigureAwait(false))))
        .Field("sources", "[Source!]!", field => field
            .Description("Every source (article) ingested, ordered by id.")
            .Cost(Costs.Sources)
            .Resolve(async context => await store.GetSourcesAsync(null, context.CancellationToken).ConfigureAwait(false)))
        .Field("source", "Source", field => field
            .Description("One source (article) by its id, or null when there is none with that id.")
            .Argument("id", "ID!", argument => argument.Description("The source's id, for example \"source:001\"."))
            .Resolve(async context =>
                (await queries.SourcesAsync([context.Text("id")], context.CancellationToken).ConfigureAwait(false)).FirstOrDefault())));

    private async Task<object?> RelationshipsAsync(IResolveContext context)
    {
        var filter = new RelationshipFilter
        {
            Types = context.Names("types"),
            Direction = context.Direction(),
            Role = context.OptionalText("role"),
            From = context.Date("from"),
            To = context.Date("to"),
        };
        var page = await queries.RelationshipsAsync(
            context.Text("ref"), filter, context.Int("first", DefaultPageSize), context.OptionalText("after"), context.CancellationToken).ConfigureAwait(false);
        return Carried.Alone(page);
    }

    private async Task<object?> PartnersAsync(IResolveContext context)
    {
        var partners = await queries.PartnersAsync(
            context.Text("city"), context.Text("linkedTo"), context.Int("maxHops", DefaultPartnerHops), context.Names("types"),
            context.Date("from"), context.Date("to"), context.CancellationToken).ConfigureAwait(false);
        var atHand = Carried.With(partners, partners.SelectMany(partner => partner.Path.Nodes));
        return partners.Select(atHand.With).ToList();
    }

    private async Task<object?> PathsAsync(IResolveContext context)
    {
        var paths = await queries.PathsAsync(
            context.Text("from"), context.Text("to"), context.Int("maxHops", DefaultPathHops), context.Names("types"),
            context.Int("first", DefaultPaths), context.CancellationToken).ConfigureAwait(false);
        var atHand = Carried.With(paths, paths.SelectMany(path => path.Nodes));
        return paths.Select(atHand.With).ToList();
    }

    private async Task<object?> SubgraphAsync(IResolveContext context)
    {
        var subgraph = await queries.SubgraphAsync(
            context.Names("refs") ?? [], context.Int("depth", DefaultDepth), context.Names("types"),
            context.Date("from"), context.Date("to"), context.Int("limit", DefaultLimit), context.CancellationToken).ConfigureAwait(false);
        return Carried.With(subgraph, subgraph.Nodes);
    }
}
