using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>Configures a union type.</summary>
public sealed class UnionTypeBuilder : NamedTypeBuilder
{
    internal UnionTypeBuilder(string name)
        : base(name)
    {
    }

    internal List<string> MemberNames { get; } = [];

    internal TypeResolver? TypeResolver { get; private set; }

    /// <summary>Sets the description.</summary>
    public UnionTypeBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Adds member object types by name.</summary>
    public UnionTypeBuilder Members(params string[] typeNames)
    {
        MemberNames.AddRange(typeNames);
        return this;
    }

    /// <summary>Sets the function that names the object type of a value.</summary>
    public UnionTypeBuilder ResolveType(TypeResolver resolveType)
    {
        TypeResolver = resolveType;
        return this;
    }
}

/// <summary>Configures an enum type.</summary>
public sealed class EnumTypeBuilder : NamedTypeBuilder
{
    internal EnumTypeBuilder(string name)
        : base(name)
    {
    }

    internal List<GraphQLEnumValue> Values { get; } = [];

    /// <summary>Sets the description.</summary>
    public EnumTypeBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Adds a value; its internal value is <paramref name="value"/>, or its name when null.</summary>
    public EnumTypeBuilder Value(string name, object? value = null, string? description = null, string? deprecationReason = null)
    {
        Values.RemoveAll(existing => existing.Name == name);
        Values.Add(new GraphQLEnumValue(name, value ?? name, description, deprecationReason));
        return this;
    }

    /// <summary>Gives an existing value (from SDL, say) an internal value.</summary>
    public EnumTypeBuilder MapValue(string name, object value)
    {
        var index = Values.FindIndex(existing => existing.Name == name);
        if (index < 0)
        {
            throw new ArgumentException($"Enum \"{Name}\" has no value \"{name}\" to map.", nameof(name));
        }

        Values[index] = Values[index] with { Value = value };
        return this;
    }

    internal void AddValue(GraphQLEnumValue value) => Values.Add(value);
}

/// <summary>Configures an input object type.</summary>
public sealed class InputObjectTypeBuilder : NamedTypeBuilder
{
    internal InputObjectTypeBuilder(string name)
        : base(name)
    {
    }

    internal OrderedDictionary<string, InputValueBuilder> Fields { get; } = new(StringComparer.Ordinal);

    /// <summary>Sets the description.</summary>
    public InputObjectTypeBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Adds an input field whose type is written as in SDL.</summary>
    /// <exception cref="GraphQLSyntaxException">The type reference is not valid GraphQL.</exception>
    public InputObjectTypeBuilder Field(string name, string type, Action<InputValueBuilder>? configure = null)
    {
        var field = new InputValueBuilder(name, Parser.ParseType(type));
        configure?.Invoke(field);
        Fields[name] = field;
        return this;
    }

    internal void AddField(InputValueBuilder field) => Fields[field.Name] = field;
}

/// <summary>Configures a custom scalar type.</summary>
public sealed class ScalarTypeBuilder : NamedTypeBuilder
{
    internal ScalarTypeBuilder(string name)
        : base(name)
    {
    }

    internal ScalarSerializer? Serializer { get; private set; }

    internal ScalarValueParser? ValueParser { get; private set; }

    internal ScalarLiteralParser? LiteralParser { get; private set; }

    internal string? SpecifiedByUrl { get; set; }

    /// <summary>Sets the description.</summary>
    public ScalarTypeBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Sets result coercion.</summary>
    public ScalarTypeBuilder Serialize(ScalarSerializer serialize)
    {
        Serializer = serialize;
        return this;
    }

    /// <summary>Sets input coercion of variable values.</summary>
    public ScalarTypeBuilder ParseValue(ScalarValueParser parseValue)
    {
        ValueParser = parseValue;
        return this;
    }

    /// <summary>Sets input coercion of literals.</summary>
    public ScalarTypeBuilder ParseLiteral(ScalarLiteralParser parseLiteral)
    {
        LiteralParser = parseLiteral;
        return this;
    }

    /// <summary>Sets the URL of the scalar's specification (<c>@specifiedBy</c>).</summary>
    public ScalarTypeBuilder SpecifiedBy(string url)
    {
        SpecifiedByUrl = url;
        return this;
    }
}

/// <summary>Configures a custom directive definition.</summary>
public sealed class DirectiveBuilder
{
    internal DirectiveBuilder(string name) => Name = name;

    internal string Name { get; }

    internal string? DescriptionText { get; private set; }

    internal List<DirectiveLocation> LocationList { get; } = [];

    internal bool IsRepeatable { get; private set; }

    internal OrderedDictionary<string, InputValueBuilder> Arguments { get; } = new(StringComparer.Ordinal);

    internal DirectiveDefinitionNode? AstNode { get; set; }

    /// <summary>Sets the description.</summary>
    public DirectiveBuilder Description(string? description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Adds locations where the directive may appear.</summary>
    public DirectiveBuilder Locations(params DirectiveLocation[] locations)
    {
        LocationList.AddRange(locations);
        return this;
    }

    /// <summary>Allows the directive more than once per location.</summary>
    public DirectiveBuilder Repeatable()
    {
        IsRepeatable = true;
        return this;
    }

    /// <summary>Adds an argument whose type is written as in SDL.</summary>
    /// <exception cref="GraphQLSyntaxException">The type reference is not valid GraphQL.</exception>
    public DirectiveBuilder Argument(string name, string type, Action<InputValueBuilder>? configure = null)
    {
        var argument = new InputValueBuilder(name, Parser.ParseType(type));
        configure?.Invoke(argument);
        Arguments[name] = argument;
        return this;
    }

    internal void AddArgument(InputValueBuilder argument) => Arguments[argument.Name] = argument;
}
