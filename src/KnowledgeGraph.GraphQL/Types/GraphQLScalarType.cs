using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>Turns a resolved value into the value the response carries; throws <see cref="GraphQLException"/> when it cannot.</summary>
public delegate object? ScalarSerializer(object? value);

/// <summary>Turns a variable's (JSON-like) value into the internal value; throws <see cref="GraphQLException"/> when invalid.</summary>
public delegate object? ScalarValueParser(object? value);

/// <summary>Turns a literal into the internal value; throws <see cref="GraphQLException"/> when invalid.</summary>
/// <param name="literal">The literal.</param>
/// <param name="variables">The coerced variable values, for variables nested in the literal; null outside execution.</param>
public delegate object? ScalarLiteralParser(ValueNode literal, IReadOnlyDictionary<string, object?>? variables);

/// <summary>A leaf type whose values are serialized and parsed by three functions (spec section 3.5).</summary>
public sealed class GraphQLScalarType : GraphQLNamedType
{
    /// <summary>Creates a scalar type.</summary>
    /// <param name="name">The type's name.</param>
    /// <param name="serialize">Result coercion; defaults to returning the value unchanged.</param>
    /// <param name="parseValue">Input coercion of variable values; defaults to returning the value unchanged.</param>
    /// <param name="parseLiteral">Input coercion of literals; defaults to <paramref name="parseValue"/> over the literal's value.</param>
    /// <param name="description">Optional description.</param>
    /// <param name="specifiedByUrl">Optional URL of the scalar's specification (<c>@specifiedBy</c>).</param>
    public GraphQLScalarType(
        string name,
        ScalarSerializer? serialize = null,
        ScalarValueParser? parseValue = null,
        ScalarLiteralParser? parseLiteral = null,
        string? description = null,
        string? specifiedByUrl = null)
        : base(name, description)
    {
        Serialize = serialize ?? (value => value);
        ParseValue = parseValue ?? (value => value);
        ParseLiteral = parseLiteral ?? ((literal, variables) => ParseValue(ValueFromAst.Untyped(literal, variables)));
        SpecifiedByUrl = specifiedByUrl;
    }

    /// <summary>Result coercion.</summary>
    public ScalarSerializer Serialize { get; }

    /// <summary>Input coercion of variable values.</summary>
    public ScalarValueParser ParseValue { get; }

    /// <summary>Input coercion of literals.</summary>
    public ScalarLiteralParser ParseLiteral { get; }

    /// <summary>The URL of the scalar's specification, or null.</summary>
    public string? SpecifiedByUrl { get; }
}
