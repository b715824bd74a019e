using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>
/// Builds a <see cref="GraphQLSchema"/> code-first, SDL-first, or both: types may be defined in SDL
/// with <see cref="AddSdl"/> and given resolvers and scalar behaviour in code.
/// <see cref="Build"/> checks every type system rule of spec section 3 and reports all problems at once.
/// </summary>
/// <example><code>
/// var schema = new SchemaBuilder()
///     .Object("Query", type => type.Field("hello", "String!", field => field.Resolve(_ => "world")))
///     .Build();
/// </code></example>
public sealed partial class SchemaBuilder
{
    private readonly OrderedDictionary<string, NamedTypeBuilder> _types = new(StringComparer.Ordinal);
    private readonly OrderedDictionary<string, DirectiveBuilder> _directives = new(StringComparer.Ordinal);
    private readonly List<string> _errors = [];
    private readonly Dictionary<OperationType, string> _rootTypeNames = [];
    private string? _description;

    /// <summary>Sets the schema's description.</summary>
    public SchemaBuilder Description(string? description)
    {
        _description = description;
        return this;
    }

    /// <summary>Names the query root type; defaults to <c>Query</c> when such a type exists.</summary>
    public SchemaBuilder QueryType(string typeName) => Root(OperationType.Query, typeName);

    /// <summary>Names the mutation root type; defaults to <c>Mutation</c> when such a type exists.</summary>
    public SchemaBuilder MutationType(string typeName) => Root(OperationType.Mutation, typeName);

    /// <summary>Names the subscription root type; defaults to <c>Subscription</c> when such a type exists.</summary>
    public SchemaBuilder SubscriptionType(string typeName) => Root(OperationType.Subscription, typeName);

    /// <summary>Adds an object type, or configures it further if already added.</summary>
    public SchemaBuilder Object(string name, Action<ObjectTypeBuilder>? configure = null) => Configure(name, configure, static n => new ObjectTypeBuilder(n));

    /// <summary>Adds an interface type, or configures it further if already added.</summary>
    public SchemaBuilder Interface(string name, Action<InterfaceTypeBuilder>? configure = null) => Configure(name, configure, static n => new InterfaceTypeBuilder(n));

    /// <summary>Adds a union type, or configures it further if already added.</summary>
    public SchemaBuilder Union(string name, Action<UnionTypeBuilder>? configure = null) => Configure(name, configure, static n => new UnionTypeBuilder(n));

    /// <summary>Adds an enum type, or configures it further if already added.</summary>
    public SchemaBuilder Enum(string name, Action<EnumTypeBuilder>? configure = null) => Configure(name, configure, static n => new EnumTypeBuilder(n));

    /// <summary>Adds an input object type, or configures it further if already added.</summary>
    public SchemaBuilder InputObject(string name, Action<InputObjectTypeBuilder>? configure = null) => Configure(name, configure, static n => new InputObjectTypeBuilder(n));

    /// <summary>Adds a custom scalar, or configures it further if already added (by SDL, say).</summary>
    public SchemaBuilder Scalar(string name, Action<ScalarTypeBuilder>? configure = null) => Configure(name, configure, static n => new ScalarTypeBuilder(n));

    /// <summary>Adds a custom directive definition.</summary>
    public SchemaBuilder Directive(string name, Action<DirectiveBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var directive = new DirectiveBuilder(name);
        configure(directive);
        _directives[name] = directive;
        return this;
    }

    /// <summary>Binds an asynchronous resolver to <c>typeName.fieldName</c> of an object type.</summary>
    public SchemaBuilder Resolve(string typeName, string fieldName, FieldResolver resolver) =>
        Object(typeName, type => type.Resolve(fieldName, resolver));

    /// <summary>Binds a synchronous resolver to <c>typeName.fieldName</c> of an object type.</summary>
    public SchemaBuilder Resolve(string typeName, string fieldName, Func<IResolveContext, object?> resolver) =>
        Object(typeName, type => type.Resolve(fieldName, resolver));

    /// <summary>Sets how values of an interface or union type find their object type.</summary>
    public SchemaBuilder ResolveType(string abstractTypeName, TypeResolver resolveType)
    {
        switch (_types.GetValueOrDefault(abstractTypeName))
        {
            case InterfaceTypeBuilder iface:
                iface.ResolveType(resolveType);
                break;
            case UnionTypeBuilder union:
                union.ResolveType(resolveType);
                break;
            default:
                _errors.Add($"Cannot set ResolveType of \"{abstractTypeName}\": no interface or union of that name was added.");
                break;
        }

        return this;
    }

    /// <summary>
    /// Builds and validates the schema.
    /// </summary>
    /// <exception cref="SchemaBuildException">Some types, fields or directives break the rules; all problems are listed.</exception>
    public GraphQLSchema Build()
    {
        var errors = new List<string>(_errors);
        var assembler = new TypeAssembler(errors);
        var types = assembler.Assemble(_types.Values.ToList());
        var directives = _directives.Values.Select(assembler.AssembleDirective).ToList();
        directives.AddRange(SpecifiedDirectives.All.Where(specified => directives.TrueForAll(directive => directive.Name != specified.Name)));

        var schema = new GraphQLSchema(
            RootType(OperationType.Query, types, errors),
            RootType(OperationType.Mutation, types, errors),
            RootType(OperationType.Subscription, types, errors),
            types.Values.ToList(),
            directives,
            _description);
        errors.AddRange(SchemaValidator.Validate(schema));
        return errors.Count == 0 ? schema : throw new SchemaBuildException(errors);
    }

    private SchemaBuilder Root(OperationType operation, string typeName)
    {
        _rootTypeNames[operation] = typeName;
        return this;
    }

    private SchemaBuilder Configure<TBuilder>(string name, Action<TBuilder>? configure, Func<string, TBuilder> create)
        where TBuilder : NamedTypeBuilder
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = _types.GetValueOrDefault(name);
        if (builder is null)
        {
            builder = create(name);
            _types.Add(name, builder);
        }

        if (builder is TBuilder typed)
        {
            configure?.Invoke(typed);
        }
        else
        {
            _errors.Add($"Type \"{name}\" is defined both as {KindOf(builder)} and as {KindOf(create(name))}.");
        }

        return this;
    }

    private GraphQLObjectType? RootType(OperationType operation, IReadOnlyDictionary<string, GraphQLNamedType> types, List<string> errors)
    {
        var explicitName = _rootTypeNames.GetValueOrDefault(operation);
        var name = explicitName ?? DefaultRootName(operation);
        switch (types.GetValueOrDefault(name))
        {
            case GraphQLObjectType root:
                return root;
            case null when explicitName is not null:
                errors.Add($"{RootLabel(operation)} root type \"{explicitName}\" is not defined.");
                return null;
            case null:
                return null;
            case var other:
                errors.Add($"{RootLabel(operation)} root type must be Object type, it cannot be {other.Name}.");
                return null;
        }
    }

    private static string DefaultRootName(OperationType operation) => operation switch
    {
        OperationType.Mutation => "Mutation",
        OperationType.Subscription => "Subscription",
        _ => "Query",
    };

    private static string RootLabel(OperationType operation) => DefaultRootName(operation);

    private static string KindOf(NamedTypeBuilder builder) => builder switch
    {
        ObjectTypeBuilder => "an object type",
        InterfaceTypeBuilder => "an interface",
        UnionTypeBuilder => "a union",
        EnumTypeBuilder => "an enum",
        InputObjectTypeBuilder => "an input object",
        _ => "a scalar",
    };
}
