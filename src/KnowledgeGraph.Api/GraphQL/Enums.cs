using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>
/// The enums of the contract. <c>EntityType</c> and <c>RelationType</c> are generated from the
/// graph schema (graph-schema/schema.yaml), its single source of truth: one value per type, named
/// and described as the schema names and describes it; the internal value is the schema name.
/// </summary>
internal static class Enums
{
    public const string EntityType = nameof(EntityType);
    public const string RelationType = nameof(RelationType);
    public const string Direction = nameof(Direction);

    public static SchemaBuilder AddEnums(this SchemaBuilder builder, GraphSchema graphSchema) => builder
        .Enum(EntityType, type =>
        {
            type.Description("The type of an entity, as defined by the graph schema. Categories group them: " +
                string.Join(", ", graphSchema.Categories.Keys) + ".");
            foreach (var entityType in graphSchema.EntityTypes.Values.OrderBy(t => t.Name, StringComparer.Ordinal))
            {
                type.Value(entityType.Name, entityType.Name, $"{entityType.Description} Category: {entityType.Category}.");
            }
        })
        .Enum(RelationType, type =>
        {
            type.Description("The type of a relationship, as defined by the graph schema.");
            foreach (var relationType in graphSchema.RelationTypes.Values.OrderBy(t => t.Name, StringComparer.Ordinal))
            {
                type.Value(relationType.Name, relationType.Name, Describe(relationType));
            }
        })
        .Enum(Direction, type => type
            .Description("Which relationships of an entity to follow, by the entity's end.")
            .Value("OUT", Core.Model.Direction.Out, "Relationships that start at the entity (the entity is `from`).")
            .Value("IN", Core.Model.Direction.In, "Relationships that end at the entity (the entity is `to`).")
            .Value("BOTH", Core.Model.Direction.Both, "Relationships in either direction."));

    private static string Describe(RelationTypeDefinition relationType)
    {
        var time = relationType.Temporality == Temporality.Event
            ? "An event: carries `date`."
            : "A state: carries `validFrom`/`validTo` when known.";
        var symmetric = relationType.Symmetric ? " Reads the same both ways." : string.Empty;
        return $"{relationType.Description} {time}{symmetric}";
    }
}
