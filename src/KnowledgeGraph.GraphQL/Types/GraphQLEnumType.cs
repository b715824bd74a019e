using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>One value of an enum type: its name, the internal value resolvers see, and its deprecation.</summary>
/// <param name="Name">The name clients use.</param>
/// <param name="Value">The internal value; the name itself unless given.</param>
/// <param name="Description">The description, or null.</param>
/// <param name="DeprecationReason">Why it is deprecated, or null.</param>
public sealed record GraphQLEnumValue(string Name, object? Value, string? Description = null, string? DeprecationReason = null)
{
    /// <summary>The definition this value was built from, when built from SDL.</summary>
    public EnumValueDefinitionNode? AstNode { get; init; }
}

/// <summary>An enum type (spec section 3.9).</summary>
public sealed class GraphQLEnumType : GraphQLNamedType
{
    private readonly Dictionary<string, GraphQLEnumValue> _byName;

    internal GraphQLEnumType(string name, string? description, IReadOnlyList<GraphQLEnumValue> values)
        : base(name, description)
    {
        Values = values;
        _byName = values.GroupBy(value => value.Name, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
    }

    /// <summary>The values, in definition order.</summary>
    public IReadOnlyList<GraphQLEnumValue> Values { get; }

    /// <summary>The value named <paramref name="name"/>, or null.</summary>
    public GraphQLEnumValue? Value(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Result coercion: the name of the value whose internal value equals <paramref name="value"/>.</summary>
    public string Serialize(object? value) =>
        Values.FirstOrDefault(candidate => Equals(candidate.Value, value))?.Name
        ?? throw new GraphQLException($"Enum \"{Name}\" cannot represent value: {Inspect.Value(value)}");

    /// <summary>Input coercion of a variable value, which must be the name of a value.</summary>
    public object? ParseValue(object? value)
    {
        if (value is not string name)
        {
            var inspected = Inspect.Value(value);
            throw new GraphQLException($"Enum \"{Name}\" cannot represent non-string value: {inspected}." + SuggestValues(inspected));
        }

        return Value(name) is { } enumValue
            ? enumValue.Value
            : throw new GraphQLException($"Value \"{name}\" does not exist in \"{Name}\" enum." + SuggestValues(name));
    }

    /// <summary>Input coercion of a literal, which must be an enum literal naming a value.</summary>
    public object? ParseLiteral(ValueNode literal)
    {
        if (literal is not EnumValueNode enumLiteral)
        {
            var printed = Printer.Print(literal);
            throw new GraphQLException($"Enum \"{Name}\" cannot represent non-enum value: {printed}." + SuggestValues(printed));
        }

        return Value(enumLiteral.Value) is { } enumValue
            ? enumValue.Value
            : throw new GraphQLException($"Value \"{enumLiteral.Value}\" does not exist in \"{Name}\" enum." + SuggestValues(enumLiteral.Value));
    }

    /// <summary>graphql-js's hint after a bad enum value or literal: the values spelled like it.</summary>
    private string SuggestValues(string given) =>
        Suggestions.DidYouMean(Suggestions.List(given, Values.Select(value => value.Name)), "the enum value");
}
