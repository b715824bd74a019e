using System.Collections.Frozen;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>
/// The <c>Entity</c> interface and one object type per category of the graph schema (Person,
/// Place, Organisation...), so that queries can ask for typed fields with inline fragments
/// (<c>... on Person { positions { role } }</c>). An entity resolves to the type of its category.
/// </summary>
internal sealed class EntityTypes(GraphQueryService queries, GraphSchema graphSchema)
{
    public const string Interface = "Entity";

    /// <summary>The most relationships a typed field (positions, partOf, locatedIn) reads: the service's largest page.</summary>
    private const int TypedFieldLimit = 1000;

    private const string HoldsPosition = "HOLDS_POSITION";
    private const string PartOf = "PART_OF";
    private const string LocatedIn = "LOCATED_IN";

    /// <summary>The object type of each category; a category of the graph schema missing here fails the build of the schema.</summary>
    private static readonly FrozenDictionary<string, string> TypeNameByCategory = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["person"] = "Person",
        ["place"] = "Place",
        ["organisation"] = "Organisation",
        ["fund"] = "Fund",
        ["park"] = "Park",
        ["project"] = "Project",
        ["event"] = "Event",
        ["industry"] = "Industry",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The GraphQL object type of each category of the graph schema.</summary>
    /// <exception cref="InvalidOperationException">The graph schema has a category with no object type here.</exception>
    public IReadOnlyDictionary<string, string> ObjectTypes => graphSchema.Categories.Keys.ToDictionary(
        category => category,
        category => TypeNameByCategory.GetValueOrDefault(category)
            ?? throw new InvalidOperationException($"the graph schema has the category '{category}', which no GraphQL object type stands for; add one to {nameof(EntityTypes)}"),
        StringComparer.Ordinal);

    /// <exception cref="InvalidOperationException">The graph schema lacks a category or relationship type these types rely on.</exception>
    public SchemaBuilder AddTo(SchemaBuilder builder)
    {
        RequireRelationTypes(HoldsPosition, PartOf, LocatedIn);
        var objectTypes = ObjectTypes;
        builder.Interface(Interface, type => AddEntityFields(type
            .Description("A person, place, organisation, fund, park, project, event or industry of the graph. " +
                "Its concrete type follows the category of its `type`: " +
                string.Join(", ", objectTypes.Select(pair => $"{pair.Value} ({pair.Key})")) + ".")));
        builder.ResolveType(Interface, (value, _) => value is Entity entity ? objectTypes[graphSchema.EntityTypes[entity.Type].Category] : null);

        foreach (var (category, typeName) in objectTypes)
        {
            builder.Object(typeName, type => AddEntityFields(type
                .Description($"{graphSchema.Categories[category]} Entity types: {string.Join(", ", graphSchema.EntityTypesIn(category).Order(StringComparer.Ordinal))}.")
                .Implements(Interface)));
        }

        return builder
            .Object(objectTypes["person"], type => type.Field("positions", "[Relationship!]!", field => field
                .Description("The positions the person holds or held (HOLDS_POSITION relationships, with their `role`), in time order.")
                .Argument("from", Scalars.PartialDate, argument => argument.Description("Keep positions holding on or after this date; null for no start."))
                .Argument("to", Scalars.PartialDate, argument => argument.Description("Keep positions holding on or before this date; null for no end."))
                .Resolve(QueryErrors.Guard(PositionsAsync))))
            .Object(objectTypes["place"], type => type.Field("partOf", "[Entity!]!", field => field
                .Description("What the place is directly part of (PART_OF), for example the city of a district.")
                .Resolve(QueryErrors.Guard(context => OtherEndsAsync(context, PartOf)))))
            .Object(objectTypes["park"], type => type.Field("partOf", "[Entity!]!", field => field
                .Description("What the park is directly part of (PART_OF), for example its district.")
                .Resolve(QueryErrors.Guard(context => OtherEndsAsync(context, PartOf)))))
            .Object(objectTypes["organisation"], type => type.Field("locatedIn", "[Entity!]!", field => field
                .Description("The places and parks the organisation is directly located in (LOCATED_IN).")
                .Resolve(QueryErrors.Guard(context => OtherEndsAsync(context, LocatedIn)))));
    }

    private TBuilder AddEntityFields<TBuilder>(TBuilder type)
        where TBuilder : FieldsTypeBuilder<TBuilder> => type
        .Field("id", "ID!", field => field
            .Description("The canonical id, `prefix:slug`, for example \"place:wujin\". Stable: use it in saved queries.")
            .Resolve(context => context.SourceAs<Entity>().Id))
        .Field("type", "EntityType!", field => field
            .Description("The entity type, as the graph schema defines it.")
            .Resolve(context => context.SourceAs<Entity>().Type))
        .Field("name", "String!", field => field
            .Description("The name in the source language (Chinese here), for example \"武进区\".")
            .Resolve(context => context.SourceAs<Entity>().Name))
        .Field("nameEn", "String", field => field
            .Description("The standard English name (pinyin for people), or null when there is none.")
            .Resolve(context => context.SourceAs<Entity>().NameEn))
        .Field("aliases", "[String!]!", field => field
            .Description("Other names the sources use: short forms (简称), former names, English variants.")
            .Resolve(context => context.SourceAs<Entity>().Aliases))
        .Field("note", "String", field => field
            .Description("A curator's note, for example why two names are one entity; null when there is none.")
            .Resolve(context => context.SourceAs<Entity>().Note))
        .Field("relationships", "[Relationship!]!", field => field
            .Description("Relationships touching this entity, in time order (by date, else start of validity, else publication " +
                "of the evidence; undated last), filtered by type, direction and time window.")
            .Argument("types", "[RelationType!]", argument => argument.Description("Relationship types to keep; null for all. Not an empty list."))
            .Argument("direction", "Direction", argument => argument.Description("Which end this entity is. Default: BOTH.").DefaultLiteralText("BOTH"))
            .Argument("from", Scalars.PartialDate, argument => argument.Description("Keep relationships holding on or after this date; null for no start."))
            .Argument("to", Scalars.PartialDate, argument => argument.Description("Keep relationships holding on or before this date (not before `from`); null for no end."))
            .Argument("first", "Int", argument => argument.Description($"At most this many, 0 to 1000. Default: {QueryType.DefaultPageSize}.").DefaultValue(QueryType.DefaultPageSize))
            .Cost(Costs.EntityRelationships)
            .Resolve(QueryErrors.Guard(RelationshipsAsync)));

    private async Task<object?> RelationshipsAsync(IResolveContext context)
    {
        var filter = new RelationshipFilter
        {
            Types = context.Names("types"),
            Direction = context.Direction(),
            From = context.Date("from"),
            To = context.Date("to"),
        };
        var page = await context.RelationshipPageAsync(queries, context.SourceAs<Entity>(), filter, context.Int("first", QueryType.DefaultPageSize))
            .ConfigureAwait(false);
        return page.Edges.Select(edge => Carried.Alone(edge.Node)).ToList();
    }

    private async Task<object?> PositionsAsync(IResolveContext context)
    {
        var filter = new RelationshipFilter { Types = [HoldsPosition], Direction = Direction.Out, From = context.Date("from"), To = context.Date("to") };
        var page = await context.RelationshipPageAsync(queries, context.SourceAs<Entity>(), filter, TypedFieldLimit).ConfigureAwait(false);
        return page.Edges.Select(edge => Carried.Alone(edge.Node)).ToList();
    }

    /// <summary>The entities at the far end of this entity's outgoing relationships of one type, each once, in time order.</summary>
    private async Task<object?> OtherEndsAsync(IResolveContext context, string relationType)
    {
        var filter = new RelationshipFilter { Types = [relationType], Direction = Direction.Out };
        var page = await context.RelationshipPageAsync(queries, context.SourceAs<Entity>(), filter, TypedFieldLimit).ConfigureAwait(false);
        var ids = page.Edges.Select(edge => edge.Node.ToId).Distinct(StringComparer.Ordinal).ToList();
        return await context.EntitiesAsync(queries, ids).ConfigureAwait(false);
    }

    private void RequireRelationTypes(params string[] names)
    {
        var missing = names.FirstOrDefault(name => !graphSchema.RelationTypes.ContainsKey(name));
        if (missing is not null)
        {
            throw new InvalidOperationException($"the graph schema has no relationship type '{missing}', which the GraphQL entity types rely on");
        }
    }
}
