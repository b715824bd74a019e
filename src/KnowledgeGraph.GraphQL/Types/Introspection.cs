using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>
/// The introspection system of spec section 4: the <c>__Schema</c>, <c>__Type</c> and related
/// types are ordinary object types whose resolvers read the type system objects, plus the
/// meta-fields <c>__schema</c>, <c>__type</c> and <c>__typename</c>.
/// </summary>
public static partial class Introspection
{
    private static readonly Lazy<IReadOnlyDictionary<string, GraphQLNamedType>> TypesByName = new(BuildTypes);

    /// <summary><c>__Schema</c>.</summary>
    public static GraphQLObjectType SchemaType => (GraphQLObjectType)TypesByName.Value["__Schema"];

    /// <summary><c>__Type</c>.</summary>
    public static GraphQLObjectType TypeType => (GraphQLObjectType)TypesByName.Value["__Type"];

    /// <summary>All introspection types, in graphql-js's order.</summary>
    public static IEnumerable<GraphQLNamedType> Types => TypesByName.Value.Values;

    /// <summary><c>__schema: __Schema!</c>, available on the query root type.</summary>
    public static GraphQLField SchemaMetaField { get; } = new("__schema", "Access the current type schema of this server.", null,
        context => ValueTask.FromResult<object?>(context.Schema))
    {
        Type = new GraphQLNonNull(SchemaType),
    };

    /// <summary><c>__type(name: String!): __Type</c>, available on the query root type.</summary>
    public static GraphQLField TypeMetaField { get; } = new("__type", "Request the type information of a single type.", null,
        context => ValueTask.FromResult<object?>(context.Schema.GetType(context.Argument<string>("name")!)))
    {
        Type = TypeType,
        Arguments = [new GraphQLArgument("name", null, null) { Type = new GraphQLNonNull(SpecifiedScalars.String) }],
    };

    /// <summary><c>__typename: String!</c>, available on every object, interface and union.</summary>
    public static GraphQLField TypeNameMetaField { get; } = new("__typename", "The name of the current Object type at runtime.", null,
        context => ValueTask.FromResult<object?>(context.ParentType.Name))
    {
        Type = new GraphQLNonNull(SpecifiedScalars.String),
    };

    /// <summary>True for the introspection types (by name).</summary>
    public static bool IsIntrospectionType(GraphQLNamedType type) => TypesByName.Value.ContainsKey(type.Name);

    private static IReadOnlyDictionary<string, GraphQLNamedType> BuildTypes()
    {
        var errors = new List<string>();
        var predefined = SpecifiedScalars.All.ToDictionary(scalar => scalar.Name, scalar => (GraphQLNamedType)scalar, StringComparer.Ordinal);
        var types = new TypeAssembler(errors, predefined).Assemble(
            [SchemaBuilderType(), TypeBuilderType(), TypeKindBuilder(), FieldBuilderType(), InputValueBuilderType(),
             EnumValueBuilderType(), DirectiveBuilderType(), DirectiveLocationBuilder()]);
        return errors.Count == 0
            ? types
            : throw new InvalidOperationException("The introspection types are inconsistent: " + string.Join(" ", errors));
    }

    private static ObjectTypeBuilder SchemaBuilderType() => new ObjectTypeBuilder("__Schema")
        .Description("A GraphQL Schema defines the capabilities of a GraphQL server: its types, its root operation types and its directives.")
        .Field("description", "String", f => f.Resolve(c => c.SourceAs<GraphQLSchema>().Description))
        .Field("types", "[__Type!]!", f => f.Description("A list of all types supported by this server.")
            .Resolve(c => c.SourceAs<GraphQLSchema>().TypeMap.Values.ToList()))
        .Field("queryType", "__Type!", f => f.Description("The type that query operations will be rooted at.")
            .Resolve(c => c.SourceAs<GraphQLSchema>().QueryType))
        .Field("mutationType", "__Type", f => f.Description("If this server supports mutation, the type that mutation operations will be rooted at.")
            .Resolve(c => c.SourceAs<GraphQLSchema>().MutationType))
        .Field("subscriptionType", "__Type", f => f.Description("If this server supports subscription, the type that subscription operations will be rooted at.")
            .Resolve(c => c.SourceAs<GraphQLSchema>().SubscriptionType))
        .Field("directives", "[__Directive!]!", f => f.Description("A list of all directives supported by this server.")
            .Resolve(c => c.SourceAs<GraphQLSchema>().Directives));

    private static ObjectTypeBuilder TypeBuilderType() => new ObjectTypeBuilder("__Type")
        .Description("The fundamental unit of any GraphQL Schema is the type. Depending on its kind, a type has fields, possible types, enum values, input fields or a wrapped type.")
        .Field("kind", "__TypeKind!", f => f.Resolve(c => KindOf(c.SourceAs<GraphQLType>())))
        .Field("name", "String", f => f.Resolve(c => (c.Source as GraphQLNamedType)?.Name))
        .Field("description", "String", f => f.Resolve(c => (c.Source as GraphQLNamedType)?.Description))
        .Field("specifiedByURL", "String", f => f.Resolve(c => (c.Source as GraphQLScalarType)?.SpecifiedByUrl))
        .Field("fields", "[__Field!]", f => f.Argument("includeDeprecated", "Boolean", a => a.DefaultValue(false))
            .Resolve(c => (c.Source as GraphQLFieldsType)?.Fields.Values.Where(field => ShowDeprecated(c) || field.DeprecationReason is null).ToList()))
        .Field("interfaces", "[__Type!]", f => f.Resolve(c => (c.Source as GraphQLFieldsType)?.Interfaces))
        .Field("possibleTypes", "[__Type!]", f => f.Resolve(c => c.Source is GraphQLNamedType type && type.IsAbstractType() ? c.Schema.GetPossibleTypes(type) : null))
        .Field("enumValues", "[__EnumValue!]", f => f.Argument("includeDeprecated", "Boolean", a => a.DefaultValue(false))
            .Resolve(c => (c.Source as GraphQLEnumType)?.Values.Where(value => ShowDeprecated(c) || value.DeprecationReason is null).ToList()))
        .Field("inputFields", "[__InputValue!]", f => f.Argument("includeDeprecated", "Boolean", a => a.DefaultValue(false))
            .Resolve(c => (c.Source as GraphQLInputObjectType)?.Fields.Values.Where(field => ShowDeprecated(c) || field.DeprecationReason is null).ToList()))
        .Field("ofType", "__Type", f => f.Resolve(c => c.Source switch
        {
            GraphQLList list => list.OfType,
            GraphQLNonNull nonNull => nonNull.OfType,
            _ => null,
        }));

    private static ObjectTypeBuilder FieldBuilderType() => new ObjectTypeBuilder("__Field")
        .Description("Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.")
        .Field("name", "String!", f => f.Resolve(c => c.SourceAs<GraphQLField>().Name))
        .Field("description", "String", f => f.Resolve(c => c.SourceAs<GraphQLField>().Description))
        .Field("args", "[__InputValue!]!", f => f.Argument("includeDeprecated", "Boolean", a => a.DefaultValue(false))
            .Resolve(c => c.SourceAs<GraphQLField>().Arguments.Where(argument => ShowDeprecated(c) || argument.DeprecationReason is null).ToList()))
        .Field("type", "__Type!", f => f.Resolve(c => c.SourceAs<GraphQLField>().Type))
        .Field("isDeprecated", "Boolean!", f => f.Resolve(c => c.SourceAs<GraphQLField>().DeprecationReason is not null))
        .Field("deprecationReason", "String", f => f.Resolve(c => c.SourceAs<GraphQLField>().DeprecationReason));

    private static ObjectTypeBuilder InputValueBuilderType() => new ObjectTypeBuilder("__InputValue")
        .Description("Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.")
        .Field("name", "String!", f => f.Resolve(c => c.SourceAs<GraphQLInputValue>().Name))
        .Field("description", "String", f => f.Resolve(c => c.SourceAs<GraphQLInputValue>().Description))
        .Field("type", "__Type!", f => f.Resolve(c => c.SourceAs<GraphQLInputValue>().Type))
        .Field("defaultValue", "String", f => f.Description("A GraphQL-formatted string representing the default value for this input value.")
            .Resolve(c => PrintDefaultValue(c.SourceAs<GraphQLInputValue>())))
        .Field("isDeprecated", "Boolean!", f => f.Resolve(c => c.SourceAs<GraphQLInputValue>().DeprecationReason is not null))
        .Field("deprecationReason", "String", f => f.Resolve(c => c.SourceAs<GraphQLInputValue>().DeprecationReason));

    private static ObjectTypeBuilder EnumValueBuilderType() => new ObjectTypeBuilder("__EnumValue")
        .Description("One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value.")
        .Field("name", "String!", f => f.Resolve(c => c.SourceAs<GraphQLEnumValue>().Name))
        .Field("description", "String", f => f.Resolve(c => c.SourceAs<GraphQLEnumValue>().Description))
        .Field("isDeprecated", "Boolean!", f => f.Resolve(c => c.SourceAs<GraphQLEnumValue>().DeprecationReason is not null))
        .Field("deprecationReason", "String", f => f.Resolve(c => c.SourceAs<GraphQLEnumValue>().DeprecationReason));

    private static ObjectTypeBuilder DirectiveBuilderType() => new ObjectTypeBuilder("__Directive")
        .Description("A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.")
        .Field("name", "String!", f => f.Resolve(c => c.SourceAs<GraphQLDirective>().Name))
        .Field("description", "String", f => f.Resolve(c => c.SourceAs<GraphQLDirective>().Description))
        .Field("isRepeatable", "Boolean!", f => f.Resolve(c => c.SourceAs<GraphQLDirective>().IsRepeatable))
        .Field("locations", "[__DirectiveLocation!]!", f => f.Resolve(c => c.SourceAs<GraphQLDirective>().Locations.Select(location => location.SpecName()).ToList()))
        .Field("args", "[__InputValue!]!", f => f.Argument("includeDeprecated", "Boolean", a => a.DefaultValue(false))
            .Resolve(c => c.SourceAs<GraphQLDirective>().Arguments.Where(argument => ShowDeprecated(c) || argument.DeprecationReason is null).ToList()));

    private static EnumTypeBuilder TypeKindBuilder() => new EnumTypeBuilder("__TypeKind")
        .Description("An enum describing what kind of type a given `__Type` is.")
        .Value("SCALAR", description: "Indicates this type is a scalar.")
        .Value("OBJECT", description: "Indicates this type is an object. `fields` and `interfaces` are valid fields.")
        .Value("INTERFACE", description: "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields.")
        .Value("UNION", description: "Indicates this type is a union. `possibleTypes` is a valid field.")
        .Value("ENUM", description: "Indicates this type is an enum. `enumValues` is a valid field.")
        .Value("INPUT_OBJECT", description: "Indicates this type is an input object. `inputFields` is a valid field.")
        .Value("LIST", description: "Indicates this type is a list. `ofType` is a valid field.")
        .Value("NON_NULL", description: "Indicates this type is a non-null. `ofType` is a valid field.");

    private static EnumTypeBuilder DirectiveLocationBuilder()
    {
        var builder = new EnumTypeBuilder("__DirectiveLocation")
            .Description("A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.");
        foreach (var location in Enum.GetValues<DirectiveLocation>())
        {
            builder.Value(location.SpecName(), description: $"Location adjacent to {LocationDescription(location)}.");
        }

        return builder;
    }

    private static string LocationDescription(DirectiveLocation location) => location switch
    {
        DirectiveLocation.Query => "a query operation",
        DirectiveLocation.Mutation => "a mutation operation",
        DirectiveLocation.Subscription => "a subscription operation",
        DirectiveLocation.Field => "a field",
        DirectiveLocation.FragmentDefinition => "a fragment definition",
        DirectiveLocation.FragmentSpread => "a fragment spread",
        DirectiveLocation.InlineFragment => "an inline fragment",
        DirectiveLocation.VariableDefinition => "a variable definition",
        DirectiveLocation.Schema => "a schema definition",
        DirectiveLocation.Scalar => "a scalar definition",
        DirectiveLocation.Object => "an object type definition",
        DirectiveLocation.FieldDefinition => "a field definition",
        DirectiveLocation.ArgumentDefinition => "an argument definition",
        DirectiveLocation.Interface => "an interface definition",
        DirectiveLocation.Union => "a union definition",
        DirectiveLocation.Enum => "an enum definition",
        DirectiveLocation.EnumValue => "an enum value definition",
        DirectiveLocation.InputObject => "an input object type definition",
        DirectiveLocation.InputFieldDefinition => "an input object field definition",
        _ => "an unknown location",
    };

    private static string KindOf(GraphQLType type) => type switch
    {
        GraphQLScalarType => "SCALAR",
        GraphQLObjectType => "OBJECT",
        GraphQLInterfaceType => "INTERFACE",
        GraphQLUnionType => "UNION",
        GraphQLEnumType => "ENUM",
        GraphQLInputObjectType => "INPUT_OBJECT",
        GraphQLList => "LIST",
        _ => "NON_NULL",
    };

    private static bool ShowDeprecated(IResolveContext context) => context.Argument<bool>("includeDeprecated");

    private static string? PrintDefaultValue(GraphQLInputValue value) =>
        value.HasDefaultValue && AstFromValue.Convert(value.DefaultValue, value.Type) is { } literal ? Printer.Print(literal) : null;
}
