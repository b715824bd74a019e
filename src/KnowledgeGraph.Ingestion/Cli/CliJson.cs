using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KnowledgeGraph.Ingestion.Cli;

/// <summary>
/// How every verb writes JSON: indented, camelCase, enums as camelCase strings, Chinese text
/// as itself rather than <c>\uXXXX</c>, and every property present even when null, so that
/// scripts see one shape.
/// </summary>
internal static class CliJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
