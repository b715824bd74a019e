using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>The shapes that root fields return: search hits, partners, paths, subgraphs, connections and counts.</summary>
internal static class ResultTypes
{
    public static SchemaBuilder AddResultTypes(this SchemaBuilder builder) => builder
        .Object("SearchHit", type => type
            .Description("An entity found by full-text search.")
            .Field("entity", "Entity!", field => field
                .Description("The entity found.")
                .Resolve(context => context.SourceAs<SearchHit>().Entity))
            .Field("score", "Float!", field => field
                .Description("How well it matches, 0 to 1: 1 for an exact name, above 0.6 for a prefix, above 0.2 for a substring.")
                .Resolve(context => context.SourceAs<SearchHit>().Score))
            .Field("matched", "String!", field => field
                .Description("The name or alias of the entity that matched best.")
                .Resolve(context => context.SourceAs<SearchHit>().Matched)))
        .Object("Partner", type => type
            .Description("A person or organisation based in the city asked about and linked to the entity asked about.")
            .Field("entity", "Entity!", field => field
                .Description("The partner.")
                .Resolve(context => context.SourceAs<Carried<Partner>>().Value.Entity))
            .Field("hops", "Int!", field => field
                .Description("How many linking (non-containment) relationships join it to the entity or something inside it; 0 when it is itself inside the entity (a Shenzhen company with a site in 武进).")
                .Resolve(context => context.SourceAs<Carried<Partner>>().Value.Hops))
            .Field("path", "Path!", field => field
                .Description("One shortest link, from the partner to the entity itself: the linking relationships, then the " +
                    "containment chain (located in, part of) up to the entity. Its length is at least `hops`.")
                .Resolve(context =>
                {
                    var partner = context.SourceAs<Carried<Partner>>();
                    return partner.With(partner.Value.Path);
                })))
        .Object("Path", type => type
            .Description("A walk through the graph: `nodes[i]` and `nodes[i + 1]` are the two ends of `relationships[i]`, " +
                "in either direction (read each relationship's own `from` and `to`).")
            .Field("length", "Int!", field => field
                .Description("The number of relationships walked along.")
                .Resolve(context => context.SourceAs<Carried<GraphPath>>().Value.Length))
            .Field("nodes", "[Entity!]!", field => field
                .Description("The entities walked through, first to last; one more than the relationships.")
                .Resolve(context => context.SourceAs<Carried<GraphPath>>().Value.Nodes))
            .Field("relationships", "[Relationship!]!", field => field
                .Description("The relationships walked along, each with its evidence.")
                .Resolve(context => Relationships(context.SourceAs<Carried<GraphPath>>(), path => path.Relationships))))
        .Object("Subgraph", type => type
            .Description("The neighbourhood of some entities, for visualisation and BI tools.")
            .Field("nodes", "[Entity!]!", field => field
                .Description("The starting entities, then the ends of the kept relationships; by distance from the start, then id.")
                .Resolve(context => context.SourceAs<Carried<Subgraph>>().Value.Nodes))
            .Field("relationships", "[Relationship!]!", field => field
                .Description("The kept relationships, breadth-first: by distance from the start, then id.")
                .Resolve(context => Relationships(context.SourceAs<Carried<Subgraph>>(), subgraph => subgraph.Relationships)))
            .Field("truncated", "Boolean!", field => field
                .Description("True when `limit` cut off relationships that qualified.")
                .Resolve(context => context.SourceAs<Carried<Subgraph>>().Value.Truncated)))
        .Object("RelationshipConnection", type => type
            .Description("A page of relationships, with cursors to ask for the next page.")
            .Field("edges", "[RelationshipEdge!]!", field => field
                .Description("The relationships of this page, each with its cursor.")
                .Resolve(context =>
                {
                    var page = context.SourceAs<Carried<RelationshipPage>>();
                    return page.Value.Edges.Select(edge => page.With(edge)).ToList();
                }))
            .Field("pageInfo", "PageInfo!", field => field
                .Description("Whether more pages follow, and the cursor to ask for the next one.")
                .Resolve(context =>
                {
                    var page = context.SourceAs<Carried<RelationshipPage>>().Value;
                    return new PageInfo(page.HasNextPage, page.EndCursor);
                }))
            .Field("totalCount", "Int!", field => field
                .Description("How many relationships pass the filter, over all pages.")
                .Resolve(context => context.SourceAs<Carried<RelationshipPage>>().Value.TotalCount)))
        .Object("RelationshipEdge", type => type
            .Description("A relationship on a page, with the cursor that marks its place.")
            .Field("cursor", "String!", field => field
                .Description("An opaque string: pass it as `after` to continue after this relationship.")
                .Resolve(context => context.SourceAs<Carried<RelationshipEdge>>().Value.Cursor))
            .Field("node", "Relationship!", field => field
                .Description("The relationship.")
                .Resolve(context =>
                {
                    var edge = context.SourceAs<Carried<RelationshipEdge>>();
                    return edge.With(edge.Value.Node);
                })))
        .Object("EntityConnection", type => type
            .Description("A page of entities ordered by id, with cursors to ask for the next page.")
            .Field("edges", "[EntityEdge!]!", field => field
                .Description("The entities of this page, each with its cursor.")
                .Resolve(context => context.SourceAs<EntityPage>().Edges))
            .Field("pageInfo", "PageInfo!", field => field
                .Description("Whether more pages follow, and the cursor to ask for the next one.")
                .Resolve(context => context.SourceAs<EntityPage>().PageInfo))
            .Field("totalCount", "Int!", field => field
                .Description("How many entities of the asked types the graph holds, over all pages.")
                .Resolve(async context => await context.SourceAs<EntityPage>().TotalCountAsync(context.CancellationToken).ConfigureAwait(false))))
        .Object("EntityEdge", type => type
            .Description("An entity on a page, with the cursor that marks its place.")
            .Field("cursor", "String!", field => field
                .Description("An opaque string: pass it as `after` to continue after this entity.")
                .Resolve(context => context.SourceAs<EntityEdge>().Cursor))
            .Field("node", "Entity!", field => field
                .Description("The entity.")
                .Resolve(context => context.SourceAs<EntityEdge>().Node)))
        .Object("PageInfo", type => type
            .Description("Where a page stands in its list.")
            .Field("hasNextPage", "Boolean!", field => field
                .Description("True when more items follow the last one of this page.")
                .Resolve(context => context.SourceAs<PageInfo>().HasNextPage))
            .Field("endCursor", "String", field => field
                .Description("The cursor of the last item, to pass as `after` for the next page; null when the page is empty.")
                .Resolve(context => context.SourceAs<PageInfo>().EndCursor)))
        .Object("GraphStats", type => type
            .Description("Counts of entities, relationships and sources, by type.")
            .Field("entities", "Int!", field => field
                .Description("How many entities the graph holds.")
                .Resolve(context => context.SourceAs<GraphStats>().Entities))
            .Field("relationships", "Int!", field => field
                .Description("How many relationships the graph holds.")
                .Resolve(context => context.SourceAs<GraphStats>().Relationships))
            .Field("sources", "Int!", field => field
                .Description("How many sources (articles) have been ingested.")
                .Resolve(context => context.SourceAs<GraphStats>().Sources))
            .Field("byEntityType", "[TypeCount!]!", field => field
                .Description("Entity counts by entity type, ordered by type; types with none are left out.")
                .Resolve(context => context.SourceAs<GraphStats>().ByEntityType))
            .Field("byRelationType", "[TypeCount!]!", field => field
                .Description("Relationship counts by relationship type, ordered by type; types with none are left out.")
                .Resolve(context => context.SourceAs<GraphStats>().ByRelationType)))
        .Object("TypeCount", type => type
            .Description("How many items of one type.")
            .Field("type", "String!", field => field
                .Description("The type's name, as the graph schema spells it, for example \"PERSON\".")
                .Resolve(context => context.SourceAs<TypeCount>().Type))
            .Field("count", "Int!", field => field
                .Description("How many items have that type.")
                .Resolve(context => context.SourceAs<TypeCount>().Count)));

    private static List<Carried<Relationship>> Relationships<T>(Carried<T> parent, Func<T, IEnumerable<Relationship>> relationships) =>
        [.. relationships(parent.Value).Select(relationship => parent.With(relationship))];
}

/// <summary>Where a page stands in its list.</summary>
internal sealed record PageInfo(bool HasNextPage, string? EndCursor);
