using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace KnowledgeGraph.GraphQL.Tests.Fuzz;

/// <summary>Serializes the generator's JSON-like values, lone surrogates and all.</summary>
internal static class FuzzJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };
}
