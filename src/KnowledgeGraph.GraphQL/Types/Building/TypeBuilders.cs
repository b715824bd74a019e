using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>What every named type builder has: a name and a description.</summary>
public abstract class NamedTypeBuilder
{
    private protected NamedTypeBuilder(string name) => Name = name;

    /// <summary>The type's name.</summary>
    public string Name { get; }

    internal string? DescriptionText { get; set; }

    internal TypeDefinitionNode? AstNode { get; set; }
}

/// <summary>Configures an argument or an input field.</summary>
public sealed class InputValueBuilder
{
    internal InputValueBuilder(string name, TypeNode type)
    {
        Name = name;
        Type = type;
    }

    internal string Name { get; }

    internal TypeNode Type { get; }

    internal string? DescriptionText { get; private set; }

    internal string? DeprecationReasonText { get; private set; }

    internal bool HasDefault { get; private set; }

    /// <summary>A default given as a runtime (JSON-like) value.</summary>
    internal object? DefaultExternalValue { get; private set; }

    /// <summary>A default given as a literal, as SDL gives it.</summary>
    internal ValueNode? DefaultLiteral { get; private set; }

    internal InputValueDefinitionNode? AstNode { get; set; }

    /// <summary>Sets the description.</summary>
    public InputValueBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Marks the value deprecated (only optional values may be).</summary>
    public InputValueBuilder Deprecated(string reason = SpecifiedDirectives.DefaultDeprecationReason)
    {
        DeprecationReasonText = reason;
        return this;
    }

    /// <summary>Sets the default as a runtime value, as a variable would give it (<c>20</c>, <c>"BOTH"</c> for an enum, lists, dictionaries).</summary>
    public InputValueBuilder DefaultValue(object? value)
    {
        HasDefault = true;
        DefaultExternalValue = value;
        DefaultLiteral = null;
        return this;
    }

    /// <summary>Sets the default as a GraphQL literal (<c>BOTH</c>, <c>{first: 10}</c>).</summary>
    /// <exception cref="GraphQLSyntaxException">The literal is not valid GraphQL.</exception>
    public InputValueBuilder DefaultLiteralText(string literal) => DefaultLiteralNode(Parser.ParseConstValue(literal));

    internal InputValueBuilder DefaultLiteralNode(ValueNode literal)
    {
        HasDefault = true;
        DefaultLiteral = literal;
        DefaultExternalValue = null;
        return this;
    }
}

/// <summary>Configures a field of an object or interface type.</summary>
public sealed class FieldBuilder
{
    internal FieldBuilder(string name, TypeNode type)
    {
        Name = name;
        Type = type;
    }

    internal string Name { get; }

    internal TypeNode Type { get; }

    internal string? DescriptionText { get; private set; }

    internal string? DeprecationReasonText { get; private set; }

    internal OrderedDictionary<string, InputValueBuilder> Arguments { get; } = new(StringComparer.Ordinal);

    internal FieldResolver? Resolver { get; private set; }

    internal FieldCost? CostDescriptor { get; private set; }

    internal FieldDefinitionNode? AstNode { get; set; }

    /// <summary>Sets the description.</summary>
    public FieldBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Marks the field deprecated.</summary>
    public FieldBuilder Deprecated(string reason = SpecifiedDirectives.DefaultDeprecationReason)
    {
        DeprecationReasonText = reason;
        return this;
    }

    /// <summary>Adds an argument whose type is written as in SDL (<c>[ID!]!</c>).</summary>
    /// <exception cref="GraphQLSyntaxException">The type reference is not valid GraphQL.</exception>
    public FieldBuilder Argument(string name, string type, Action<InputValueBuilder>? configure = null)
    {
        var argument = new InputValueBuilder(name, Parser.ParseType(type));
        configure?.Invoke(argument);
        Arguments[name] = argument;
        return this;
    }

    /// <summary>Sets an asynchronous resolver.</summary>
    public FieldBuilder Resolve(FieldResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        Resolver = resolver;
        return this;
    }

    /// <summary>Sets a synchronous resolver.</summary>
    public FieldBuilder Resolve(Func<IResolveContext, object?> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        Resolver = context => ValueTask.FromResult(resolver(context));
        return this;
    }

    /// <summary>
    /// Declares how the cost model counts the field: its weight, the arguments that multiply its
    /// work and those that bound its list. <see cref="SchemaBuilder.Build"/> checks that they name
    /// Int arguments and list fields that exist.
    /// </summary>
    public FieldBuilder Cost(FieldCost cost)
    {
        ArgumentNullException.ThrowIfNull(cost);
        CostDescriptor = cost;
        return this;
    }

    internal void AddArgument(InputValueBuilder argument) => Arguments[argument.Name] = argument;
}

/// <summary>Configures the fields and interfaces shared by object and interface types.</summary>
/// <typeparam name="TSelf">The concrete builder, so that chained calls keep their type.</typeparam>
public abstract class FieldsTypeBuilder<TSelf> : NamedTypeBuilder
    where TSelf : FieldsTypeBuilder<TSelf>
{
    private protected FieldsTypeBuilder(string name)
        : base(name)
    {
    }

    internal OrderedDictionary<string, FieldBuilder> Fields { get; } = new(StringComparer.Ordinal);

    internal List<string> InterfaceNames { get; } = [];

    /// <summary>Pending resolvers for fields that may be defined later (for example by SDL).</summary>
    internal Dictionary<string, FieldResolver> LateResolvers { get; } = new(StringComparer.Ordinal);

    /// <summary>Sets the description.</summary>
    public TSelf Description(string? description)
    {
        DescriptionText = description;
        return (TSelf)this;
    }

    /// <summary>Adds (or replaces) a field whose type is written as in SDL (<c>[Entity!]!</c>).</summary>
    /// <exception cref="GraphQLSyntaxException">The type reference is not valid GraphQL.</exception>
    public TSelf Field(string name, string type, Action<FieldBuilder>? configure = null)
    {
        var field = new FieldBuilder(name, Parser.ParseType(type));
        configure?.Invoke(field);
        Fields[name] = field;
        return (TSelf)this;
    }

    /// <summary>Declares that the type implements the named interfaces.</summary>
    public TSelf Implements(params string[] interfaceNames)
    {
        InterfaceNames.AddRange(interfaceNames.Where(name => !InterfaceNames.Contains(name)));
        return (TSelf)this;
    }

    /// <summary>Binds an asynchronous resolver to a field defined here or elsewhere (for example in SDL).</summary>
    public TSelf Resolve(string fieldName, FieldResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        LateResolvers[fieldName] = resolver;
        return (TSelf)this;
    }

    /// <summary>Binds a synchronous resolver to a field defined here or elsewhere.</summary>
    public TSelf Resolve(string fieldName, Func<IResolveContext, object?> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return Resolve(fieldName, context => ValueTask.FromResult(resolver(context)));
    }

    internal void AddField(FieldBuilder field) => Fields[field.Name] = field;
}

/// <summary>Configures an object type.</summary>
public sealed class ObjectTypeBuilder : FieldsTypeBuilder<ObjectTypeBuilder>
{
    internal ObjectTypeBuilder(string name)
        : base(name)
    {
    }

    internal IsTypeOf? IsTypeOfCheck { get; private set; }

    /// <summary>Sets the check that tells whether a value is of this type.</summary>
    public ObjectTypeBuilder IsTypeOf(IsTypeOf isTypeOf)
    {
        IsTypeOfCheck = isTypeOf;
        return this;
    }
}

/// <summary>Configures an interface type.</summary>
public sealed class InterfaceTypeBuilder : FieldsTypeBuilder<InterfaceTypeBuilder>
{
    internal InterfaceTypeBuilder(string name)
        : base(name)
    {
    }

    internal TypeResolver? TypeResolver { get; private set; }

    /// <summary>Sets the function that names the object type of a value.</summary>
    public InterfaceTypeBuilder ResolveType(TypeResolver resolveType)
    {
        TypeResolver = resolveType;
        return this;
    }
}
