using System.Buffers;
using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Storage.Neo4j.Cypher;

namespace KnowledgeGraph.Storage.Neo4j.Http;

/// <summary>The body of a transactional-API response: one result per statement that ran, the errors, and what commit returned.</summary>
/// <param name="CommitUri">The address to commit an open explicit transaction at; null once it is committed or rolled back.</param>
internal sealed record TransactionResponse(
    IReadOnlyList<CypherResult> Results,
    IReadOnlyList<ServerError> Errors,
    IReadOnlyList<string> LastBookmarks,
    string? CommitUri);

/// <summary>An entry of <c>errors</c>: a status code such as <c>Neo.ClientError.Statement.SyntaxError</c> and its message.</summary>
internal sealed record ServerError(string Code, string Message);

/// <summary>
/// Writes requests and reads responses of Neo4j's HTTP transactional Cypher API:
/// <c>{"statements":[{"statement":…,"parameters":{…}}]}</c> in, <c>{"results":[{"columns":…,"data":[{"row":…}]}],"errors":[…]}</c> out.
/// </summary>
internal static class TransactionJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The request body for <paramref name="statements"/>, asking for rows only (no graph metadata).</summary>
    public static byte[] WriteRequest(IEnumerable<CypherStatement> statements)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("statements");
            foreach (var statement in statements)
            {
                writer.WriteStartObject();
                writer.WriteString("statement", statement.Text);
                writer.WritePropertyName("parameters");
                WriteMap(writer, statement.Parameters);
                writer.WriteStartArray("resultDataContents");
                writer.WriteStringValue("row");
                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The value of a <c>Bookmarks</c> header: a JSON list of bookmark strings.</summary>
    public static string WriteBookmarks(IReadOnlyList<string> bookmarks)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            WriteValue(writer, bookmarks);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Reads a response body.</summary>
    /// <exception cref="JsonException">The body is not JSON of the documented shape.</exception>
    public static TransactionResponse ReadResponse(JsonDocument document)
    {
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"expected an object, found {root.ValueKind}");
        }

        var results = Array(root, "results").Select(ReadResult).ToList();
        var errors = Array(root, "errors")
            .Select(e => new ServerError(StringProperty(e, "code") ?? "Neo.DatabaseError.General.UnknownError", StringProperty(e, "message") ?? string.Empty))
            .ToList();
        var bookmarks = Array(root, "lastBookmarks").Select(b => b.GetString() ?? string.Empty).Where(b => b.Length > 0).ToList();
        return new TransactionResponse(results, errors, bookmarks, StringProperty(root, "commit"));
    }

    private static CypherResult ReadResult(JsonElement result)
    {
        var columns = Array(result, "columns").Select(c => c.GetString() ?? string.Empty).ToList();
        var rows = Array(result, "data")
            .Select(d => d.TryGetProperty("row", out var row) && row.ValueKind == JsonValueKind.Array
                ? (IReadOnlyList<object?>)[.. row.EnumerateArray().Select(ReadValue)]
                : throw new JsonException("a data entry has no 'row' list"))
            .ToList();
        return new CypherResult(columns, rows);
    }

    private static object? ReadValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => value.TryGetInt64(out var whole) ? whole : value.GetDouble(),
        JsonValueKind.Array => (IReadOnlyList<object?>)[.. value.EnumerateArray().Select(ReadValue)],
        _ => value.EnumerateObject().ToDictionary(p => p.Name, p => ReadValue(p.Value), StringComparer.Ordinal),
    };

    private static IEnumerable<JsonElement> Array(JsonElement parent, string name) =>
        !parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? []
        : value.ValueKind == JsonValueKind.Array ? value.EnumerateArray()
        : throw new JsonException($"'{name}' is not a list");

    private static string? StringProperty(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static void WriteMap(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> map)
    {
        writer.WriteStartObject();
        foreach (var (key, value) in map)
        {
            writer.WritePropertyName(key);
            WriteValue(writer, value);
        }

        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
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
}
