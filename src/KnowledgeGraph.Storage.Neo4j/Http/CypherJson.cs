using System.Buffers;
using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KnowledgeGraph.Storage.Neo4j.Http;

/// <summary>An entry of <c>errors</c>: a status code such as <c>Neo.ClientError.Statement.SyntaxError</c> and its message.</summary>
internal sealed record ServerError(string Code, string Message);

/// <summary>
/// What both of Neo4j's HTTP APIs share on the wire: Cypher values as plain JSON (parameters
/// out, row values in), the <c>errors</c> list of <c>{"code","message"}</c> entries, and lists
/// of bookmark strings. The shapes around them belong to each API: <see cref="TransactionJson"/>
/// and <see cref="QueryJson"/>.
/// </summary>
internal static class CypherJson
{
    private const string UnknownErrorCode = "Neo.DatabaseError.General.UnknownError";

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The UTF-8 JSON that <paramref name="write"/> writes.</summary>
    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes a map of Cypher parameter values as a JSON object.</summary>
    public static void WriteMap(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> map)
    {
        writer.WriteStartObject();
        foreach (var (key, value) in map)
        {
            writer.WritePropertyName(key);
            WriteValue(writer, value);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a Cypher parameter value: a string, boolean, int, long, map or list of them, or null.</summary>
    /// <exception cref="ArgumentException">The value is of another type.</exception>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                WriteMap(writer, map);
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"a Cypher parameter cannot carry a {value.GetType().Name}", nameof(value));
        }
    }

    /// <summary>A returned value as a string, long (a JSON number written without fraction or exponent), double, bool, list, map or null.</summary>
    public static object? ReadValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => ReadNumber(value),
        JsonValueKind.Array => (IReadOnlyList<object?>)[.. value.EnumerateArray().Select(ReadValue)],
        _ => value.EnumerateObject().ToDictionary(p => p.Name, p => ReadValue(p.Value), StringComparer.Ordinal),
    };

    /// <summary>
    /// A whole number as a boxed long and anything else as a boxed double. The two arms are
    /// boxed apart on purpose: a conditional of a long and a double is a double, which would
    /// turn every count into a fraction.
    /// </summary>
    private static object ReadNumber(JsonElement value)
    {
        if (value.TryGetInt64(out var whole))
        {
            return whole;
        }

        return value.GetDouble();
    }

    /// <summary>The root of a response body, which both APIs make an object.</summary>
    /// <exception cref="JsonException">The root is not an object.</exception>
    public static JsonElement RootObject(JsonDocument document) =>
        document.RootElement.ValueKind == JsonValueKind.Object
            ? document.RootElement
            : throw new JsonException($"expected an object, found {document.RootElement.ValueKind}");

    /// <summary>The entries of the <c>errors</c> list; none when it is missing.</summary>
    /// <exception cref="JsonException"><c>errors</c> is not a list.</exception>
    public static IReadOnlyList<ServerError> Errors(JsonElement root) =>
        [.. Array(root, "errors").Select(e => new ServerError(StringProperty(e, "code") ?? UnknownErrorCode, StringProperty(e, "message") ?? string.Empty))];

    /// <summary>The strings of the list <paramref name="name"/>, a null item as an empty string; none when the list is missing.</summary>
    /// <exception cref="JsonException">The property is not a list, or an item is neither a string nor null.</exception>
    public static IReadOnlyList<string> Strings(JsonElement parent, string name) =>
        [.. Array(parent, name).Select(item => item.ValueKind switch
        {
            JsonValueKind.String => item.GetString()!,
            JsonValueKind.Null => string.Empty,
            _ => throw new JsonException($"'{name}' holds a {item.ValueKind}, not a string"),
        })];

    /// <summary>The bookmarks in the list <paramref name="name"/>, leaving out empty ones.</summary>
    /// <exception cref="JsonException">The property is not a list of strings.</exception>
    public static IReadOnlyList<string> Bookmarks(JsonElement parent, string name) => [.. Strings(parent, name).Where(b => b.Length > 0)];

    /// <summary>The items of the list <paramref name="name"/>; none when it is missing or null.</summary>
    /// <exception cref="JsonException">The property is not a list.</exception>
    public static IEnumerable<JsonElement> Array(JsonElement parent, string name) =>
        !parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? []
        : value.ValueKind == JsonValueKind.Array ? value.EnumerateArray()
        : throw new JsonException($"'{name}' is not a list");

    /// <summary>The string property <paramref name="name"/>, or null when it is missing or not a string.</summary>
    public static string? StringProperty(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
