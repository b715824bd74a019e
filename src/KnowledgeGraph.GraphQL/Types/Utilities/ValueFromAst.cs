using System.Globalization;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>Literal input coercion, as graphql-js's valueFromAST and valueFromASTUntyped.</summary>
public static class ValueFromAst
{
    /// <summary>
    /// Coerces a literal to the internal value of <paramref name="type"/>. Returns false when the
    /// literal is not valid for the type (graphql-js's <c>undefined</c>), including a variable
    /// that has no value.
    /// </summary>
    /// <param name="literal">The literal, which may contain variables.</param>
    /// <param name="type">An input type.</param>
    /// <param name="variables">Coerced variable values; a variable absent from it is missing.</param>
    /// <param name="value">The coerced value.</param>
    public static bool TryGetValue(ValueNode literal, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        ArgumentNullException.ThrowIfNull(literal);
        ArgumentNullException.ThrowIfNull(type);
        value = null;
        if (literal is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var variableValue))
            {
                return false;
            }

            value = variableValue;
            return variableValue is not null || type is not GraphQLNonNull;
        }

        if (type is GraphQLNonNull nonNull)
        {
            return literal is not NullValueNode && TryGetValue(literal, nonNull.OfType, variables, out value);
        }

        if (literal is NullValueNode)
        {
            return true;
        }

        return type switch
        {
            GraphQLList list => TryGetList(literal, list, variables, out value),
            GraphQLInputObjectType input => TryGetInputObject(literal, input, variables, out value),
            GraphQLEnumType enumType => TryParse(() => enumType.ParseLiteral(literal), out value),
            GraphQLScalarType scalar => TryParse(() => scalar.ParseLiteral(literal, variables), out value),
            _ => false,
        };
    }

    /// <summary>The runtime value of a literal with no type to guide it: numbers, strings, booleans, lists and dictionaries.</summary>
    public static object? Untyped(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return literal switch
        {
            NullValueNode => null,
            // Typed as object so a small integer stays an int; a conditional of int and double would widen both.
            IntValueNode integer => int.TryParse(integer.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var small)
                ? (object)small
                : double.Parse(integer.Value, CultureInfo.InvariantCulture),
            FloatValueNode number => double.Parse(number.Value, CultureInfo.InvariantCulture),
            StringValueNode text => text.Value,
            EnumValueNode enumValue => enumValue.Value,
            BooleanValueNode boolean => boolean.Value,
            ListValueNode list => list.Values.Select(item => Untyped(item, variables)).ToList(),
            ObjectValueNode obj => UntypedObject(obj, variables),
            VariableNode variable => variables?.GetValueOrDefault(variable.Name.Value),
            _ => throw new ArgumentOutOfRangeException(nameof(literal), literal.Kind, "Unknown value node."),
        };
    }

    /// <summary>
    /// A field whose value is a variable without value is left out, as graphql-js leaves it
    /// <c>undefined</c>; inside a list such a variable stays an item, null.
    /// </summary>
    private static OrderedDictionary<string, object?> UntypedObject(ObjectValueNode obj, IReadOnlyDictionary<string, object?>? variables)
    {
        var map = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in obj.Fields.Where(field => !IsMissingVariable(field.Value, variables)))
        {
            map[field.Name.Value] = Untyped(field.Value, variables);
        }

        return map;
    }

    private static bool IsMissingVariable(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) =>
        literal is VariableNode variable && (variables is null || !variables.ContainsKey(variable.Name.Value));

    private static bool TryGetList(ValueNode literal, GraphQLList list, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (literal is not ListValueNode items)
        {
            // A single item is coerced to a list of one (spec section 3.1.7).
            if (!TryGetValue(literal, list.OfType, variables, out var single))
            {
                return false;
            }

            value = new List<object?> { single };
            return true;
        }

        var coerced = new List<object?>(items.Values.Count);
        foreach (var item in items.Values)
        {
            if (IsMissingVariable(item, variables))
            {
                if (list.OfType is GraphQLNonNull)
                {
                    return false;
                }

                coerced.Add(null);
                continue;
            }

            if (!TryGetValue(item, list.OfType, variables, out var itemValue))
            {
                return false;
            }

            coerced.Add(itemValue);
        }

        value = coerced;
        return true;
    }

    private static bool TryGetInputObject(ValueNode literal, GraphQLInputObjectType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (literal is not ObjectValueNode obj)
        {
            return false;
        }

        var coerced = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields.Values)
        {
            var fieldNode = obj.Fields.FirstOrDefault(candidate => candidate.Name.Value == field.Name);
            if (fieldNode is null || IsMissingVariable(fieldNode.Value, variables))
            {
                if (field.HasDefaultValue)
                {
                    coerced[field.Name] = field.DefaultValue;
                }
                else if (field.Type is GraphQLNonNull)
                {
                    return false;
                }

                continue;
            }

            if (!TryGetValue(fieldNode.Value, field.Type, variables, out var fieldValue))
            {
                return false;
            }

            coerced[field.Name] = fieldValue;
        }

        value = coerced;
        return true;
    }

    private static bool TryParse(Func<object?> parse, out object? value)
    {
        try
        {
            value = parse();
            return true;
        }
        catch (GraphQLException)
        {
            value = null;
            return false;
        }
    }
}
