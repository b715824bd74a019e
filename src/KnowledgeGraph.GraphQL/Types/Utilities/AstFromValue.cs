using System.Collections;
using System.Text.RegularExpressions;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>Internal values back to literals, as graphql-js's astFromValue (used to print default values).</summary>
public static partial class AstFromValue
{
    /// <summary>
    /// The literal for an internal value of <paramref name="type"/>, or null when there is none
    /// (a null for a non-null type). Leaf values go through the type's serializer.
    /// </summary>
    /// <exception cref="GraphQLException">A leaf value cannot be serialized by its type.</exception>
    public static ValueNode? Convert(object? value, GraphQLType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type is GraphQLNonNull nonNull)
        {
            var inner = Convert(value, nonNull.OfType);
            return inner is NullValueNode ? null : inner;
        }

        if (value is null)
        {
            return new NullValueNode();
        }

        return type switch
        {
            GraphQLList list when InputCoercion.IsList(value) =>
                new ListValueNode(((IEnumerable)value).Cast<object?>().Select(item => Convert(item, list.OfType)).OfType<ValueNode>().ToList()),
            GraphQLList list => Convert(value, list.OfType),
            GraphQLInputObjectType input => ConvertInputObject(value, input),
            GraphQLEnumType enumType => new EnumValueNode(enumType.Serialize(value)),
            GraphQLScalarType scalar => ConvertSerialized(scalar.Serialize(value), scalar),
            _ => null,
        };
    }

    private static ObjectValueNode? ConvertInputObject(object value, GraphQLInputObjectType type)
    {
        if (value is not IReadOnlyDictionary<string, object?> fields)
        {
            return null;
        }

        var nodes = new List<ObjectFieldNode>();
        foreach (var field in type.Fields.Values)
        {
            if (fields.TryGetValue(field.Name, out var fieldValue) && Convert(fieldValue, field.Type) is { } literal)
            {
                nodes.Add(new ObjectFieldNode(field.Name, literal));
            }
        }

        return new ObjectValueNode(nodes);
    }

    private static ValueNode? ConvertSerialized(object? serialized, GraphQLScalarType type)
    {
        switch (serialized)
        {
            case null:
                return null;
            case bool boolean:
                return new BooleanValueNode(boolean);
            case string text when type.Name == SpecifiedScalars.ID.Name && IntegerString().IsMatch(text):
                return new IntValueNode(text);
            case string text:
                return new StringValueNode(text);
        }

        if (Inspect.TryGetNumber(serialized, out var number) && double.IsFinite(number))
        {
            var text = Inspect.FormatNumber(number);
            return IntegerString().IsMatch(text) ? new IntValueNode(text) : new FloatValueNode(text);
        }

        throw new GraphQLException($"Cannot convert value to AST: {Inspect.Value(serialized)}.");
    }

    [GeneratedRegex("^-?(?:0|[1-9][0-9]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerString();
}
