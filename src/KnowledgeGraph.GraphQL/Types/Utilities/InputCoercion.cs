using System.Collections;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>A problem found while coercing a runtime input value.</summary>
/// <param name="Path">Where in the value: input field names and list indices.</param>
/// <param name="InvalidValue">The offending part of the value.</param>
/// <param name="Message">What is wrong with it.</param>
public sealed record InputCoercionError(IReadOnlyList<object> Path, object? InvalidValue, string Message);

/// <summary>Input coercion of runtime (JSON-like) values, as graphql-js's coerceInputValue.</summary>
public static class InputCoercion
{
    /// <summary>
    /// Coerces a JSON-like value (null, string, bool, number, list, string-keyed dictionary) to the
    /// internal value of <paramref name="type"/>, reporting every problem to <paramref name="onError"/>.
    /// </summary>
    public static object? CoerceInputValue(object? value, GraphQLType type, Action<InputCoercionError> onError)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(onError);
        return Coerce(value, type, onError, []);
    }

    /// <summary>True for values that count as lists: enumerables other than strings and dictionaries.</summary>
    internal static bool IsList(object? value) => value is IEnumerable and not string and not IReadOnlyDictionary<string, object?>;

    private static object? Coerce(object? value, GraphQLType type, Action<InputCoercionError> onError, List<object> path)
    {
        if (type is GraphQLNonNull nonNull)
        {
            if (value is not null)
            {
                return Coerce(value, nonNull.OfType, onError, path);
            }

            onError(new InputCoercionError(path.ToList(), value, $"Expected non-nullable type \"{type}\" not to be null."));
            return null;
        }

        if (value is null)
        {
            return null;
        }

        switch (type)
        {
            case GraphQLList list when IsList(value):
                var items = new List<object?>();
                var index = 0;
                foreach (var item in (IEnumerable)value)
                {
                    path.Add(index++);
                    items.Add(Coerce(item, list.OfType, onError, path));
                    path.RemoveAt(path.Count - 1);
                }

                return items;
            case GraphQLList list:
                return new List<object?> { Coerce(value, list.OfType, onError, path) };
            case GraphQLInputObjectType input:
                return CoerceInputObject(value, input, onError, path);
            case GraphQLEnumType enumType:
                return CoerceLeaf(value, enumType.Name, enumType.ParseValue, onError, path);
            case GraphQLScalarType scalar:
                return CoerceLeaf(value, scalar.Name, input => scalar.ParseValue(input), onError, path);
            default:
                onError(new InputCoercionError(path.ToList(), value, $"Expected an input type, but \"{type}\" is not one."));
                return null;
        }
    }

    private static OrderedDictionary<string, object?>? CoerceInputObject(
        object value, GraphQLInputObjectType type, Action<InputCoercionError> onError, List<object> path)
    {
        if (value is not IReadOnlyDictionary<string, object?> fields)
        {
            onError(new InputCoercionError(path.ToList(), value, $"Expected type \"{type.Name}\" to be an object."));
            return null;
        }

        var coerced = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields.Values)
        {
            if (!fields.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.HasDefaultValue)
                {
                    coerced[field.Name] = field.DefaultValue;
                }
                else if (field.Type is GraphQLNonNull)
                {
                    onError(new InputCoercionError(path.ToList(), value, $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided."));
                }

                continue;
            }

            path.Add(field.Name);
            coerced[field.Name] = Coerce(fieldValue, field.Type, onError, path);
            path.RemoveAt(path.Count - 1);
        }

        foreach (var name in fields.Keys.Where(name => !type.Fields.ContainsKey(name)))
        {
            onError(new InputCoercionError(
                path.ToList(), value, $"Field \"{name}\" is not defined by type \"{type.Name}\"." + Suggestions.DidYouMean(name, type.Fields.Keys)));
        }

        return coerced;
    }

    private static object? CoerceLeaf(object value, string typeName, Func<object?, object?> parse, Action<InputCoercionError> onError, List<object> path)
    {
        try
        {
            return parse(value) ?? ReportUndefined(value, typeName, onError, path);
        }
        catch (GraphQLException exception)
        {
            onError(new InputCoercionError(path.ToList(), value, exception.Message));
        }
        catch (Exception exception) when (exception is FormatException or InvalidCastException or OverflowException or ArgumentException)
        {
            onError(new InputCoercionError(path.ToList(), value, $"Expected type \"{typeName}\". {exception.Message}"));
        }

        return null;
    }

    private static object? ReportUndefined(object value, string typeName, Action<InputCoercionError> onError, List<object> path)
    {
        onError(new InputCoercionError(path.ToList(), value, $"Expected type \"{typeName}\"."));
        return null;
    }
}
