using System.Text.Json;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// Converts JSON to the runtime input values the engine works with: null, <see cref="string"/>,
/// <see cref="bool"/>, numbers (<see cref="int"/> when they fit, else <see cref="long"/>, else
/// <see cref="double"/>), <see cref="List{T}"/> of values and string-keyed dictionaries.
/// </summary>
public static class JsonInput
{
    /// <summary>The runtime value of a JSON element.</summary>
    public static object? ToValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => element.TryGetInt32(out var small) ? small
            : element.TryGetInt64(out var large) ? large
            : element.GetDouble(),
        JsonValueKind.Array => element.EnumerateArray().Select(ToValue).ToList(),
        JsonValueKind.Object => ToMap(element),
        _ => throw new ArgumentOutOfRangeException(nameof(element), element.ValueKind, "Unknown JSON value kind."),
    };

    /// <summary>The variables of a request: a JSON object, or null/absent for none.</summary>
    /// <exception cref="GraphQLException">The element is neither an object nor null (code <c>BAD_USER_INPUT</c>).</exception>
    public static IReadOnlyDictionary<string, object?>? ToVariables(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.Object => ToMap(element),
        _ => throw new GraphQLException("Variables must be provided as a JSON object.", ErrorCodes.BadUserInput),
    };

    private static Dictionary<string, object?> ToMap(JsonElement element)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            map[property.Name] = ToValue(property.Value);
        }

        return map;
    }
}
