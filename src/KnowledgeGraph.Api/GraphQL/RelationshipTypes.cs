using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>
/// <c>Relationship</c>, <c>Money</c>, <c>Evidence</c> and <c>Source</c>. Relationships and
/// evidence arrive as <see cref="Carried{T}"/>; their ends and sources load through <see cref="GraphLoaders"/>
/// unless the query already brought the entity.
/// </summary>
internal static class RelationshipTypes
{
    public static SchemaBuilder AddRelationshipTypes(this SchemaBuilder builder, GraphQueryService queries) => builder
        .Object("Relationship", type => type
            .Description("A typed, directed edge between two entities, with the evidence that proves it. Events (a meeting, " +
                "a signing) carry `date`; states (a position, a location) carry `validFrom` and `validTo` when the sources give them.")
            .Field("id", "ID!", field => field
                .Description("The canonical id of the relationship.")
                .Resolve(context => Of(context).Id))
            .Field("type", "RelationType!", field => field
                .Description("The relationship type, as the graph schema defines it.")
                .Resolve(context => Of(context).Type))
            .Field("from", "Entity!", field => field
                .Description("The entity the relationship starts at.")
                .Resolve(async context => await EndAsync(context, queries, Of(context).FromId).ConfigureAwait(false)))
            .Field("to", "Entity!", field => field
                .Description("The entity the relationship ends at.")
                .Resolve(async context => await EndAsync(context, queries, Of(context).ToId).ConfigureAwait(false)))
            .Field("role", "String", field => field
                .Description("The role on a position, for example 市委书记, 董事长, 院长; null elsewhere.")
                .Resolve(context => Of(context).Role))
            .Field("date", Scalars.PartialDate, field => field
                .Description("When an event happened (a meeting, a visit, a signing); null for states.")
                .Resolve(context => Of(context).Date))
            .Field("validFrom", Scalars.PartialDate, field => field
                .Description("When a state (a position, a location) began, when known.")
                .Resolve(context => Of(context).ValidFrom))
            .Field("validTo", Scalars.PartialDate, field => field
                .Description("When a state ended, when known; null while it holds or when unknown.")
                .Resolve(context => Of(context).ValidTo))
            .Field("amount", "Money", field => field
                .Description("The amount of an investment or signed project, when the source states it.")
                .Resolve(context => Of(context).Amount))
            .Field("evidence", "[Evidence!]!", field => field
                .Description("The sources and quotes that prove the relationship; never empty.")
                .Resolve(context => Of(context).Evidence.Select(evidence => Relationship(context).With(evidence)).ToList()))
            .Field("note", "String", field => field
                .Description("A curator's note, for example on an amount the source garbles; null when there is none.")
                .Resolve(context => Of(context).Note)))
        .Object("Money", type => type
            .Description("An amount of money as its source states it, in the source's own unit: 20 亿 CNY reads as the article does.")
            .Field("value", "Float!", field => field
                .Description("The number as stated, in `unit`, for example 20.")
                .Resolve(context => (double)context.SourceAs<Money>().Value))
            .Field("unit", "String!", field => field
                .Description("The magnitude word of the source: 元, 万, 亿 or 万亿.")
                .Resolve(context => context.SourceAs<Money>().Unit))
            .Field("currency", "String!", field => field
                .Description("An ISO 4217 code, for example \"CNY\".")
                .Resolve(context => context.SourceAs<Money>().Currency))
            .Field("approximate", "Boolean!", field => field
                .Description("True when the source gives the amount as approximate (近200亿元, 超30亿元).")
                .Resolve(context => context.SourceAs<Money>().Approximate))
            .Field("text", "String", field => field
                .Description("The amount as the source words it, for example \"近200亿元\"; null when the number says it all.")
                .Resolve(context => context.SourceAs<Money>().Text)))
        .Object("Evidence", type => type
            .Description("The proof of a relationship: an article and a clause quoted from it.")
            .Field("source", "Source!", field => field
                .Description("The article the quote is taken from.")
                .Resolve(async context => await context.SourceAsync(queries, context.SourceAs<Carried<Evidence>>().Value.SourceId).ConfigureAwait(false)))
            .Field("quote", "String!", field => field
                .Description("A clause of the article, verbatim, that states the relationship.")
                .Resolve(context => context.SourceAs<Carried<Evidence>>().Value.Quote)))
        .Object("Source", type => type
            .Description("An article that facts are taken from.")
            .Field("id", "ID!", field => field
                .Description("The canonical id, for example \"source:001\".")
                .Resolve(context => context.SourceAs<Source>().Id))
            .Field("title", "String!", field => field
                .Description("The article's headline.")
                .Resolve(context => context.SourceAs<Source>().Title))
            .Field("outlet", "String", field => field
                .Description("The newspaper or site that published it, when known.")
                .Resolve(context => context.SourceAs<Source>().Outlet))
            .Field("publishedOn", Scalars.PartialDate, field => field
                .Description("The publication date, to the precision the text allows; null when unknown.")
                .Resolve(context => context.SourceAs<Source>().PublishedOn)));

    private static Relationship Of(IResolveContext context) => Relationship(context).Value;

    private static Carried<Relationship> Relationship(IResolveContext context) => context.SourceAs<Carried<Relationship>>();

    private static async Task<Entity> EndAsync(IResolveContext context, GraphQueryService queries, string entityId) =>
        Relationship(context).EntitiesAtHand.TryGetValue(entityId, out var entity)
            ? entity
            : await context.EntityAsync(queries, entityId).ConfigureAwait(false);
}
