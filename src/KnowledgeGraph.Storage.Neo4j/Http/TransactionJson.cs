using System.Text.Json;
using KnowledgeGraph.Storage.Neo4j.Cypher;

namespace KnowledgeGraph.Storage.Neo4j.Http;

/// <summary>The body of a transactional-API response: one result per statement that ran, the errors, and what commit returned.</summary>
/// <param name="CommitUri">The address to commit an open explicit transaction at; null once it is committed or rolled back.</param>
internal sealed record TransactionResponse(
    IReadOnlyList<CypherResult> Results,
    IReadOnlyList<ServerError> Errors,
    IReadOnlyList<string> LastBookmarks,
    string? CommitUri) : IServerReply
{
    /// <summary>The statements before the first failing one each returned a result, so their count is its index.</summary>
    public int FailedStatementIndex => Results.Count;
}

/// <summary>
/// Writes requests and reads responses of Neo4j's HTTP transactional Cypher API:
/// <c>{"statements":[{"statement":…,"parameters":{…}}]}</c> in, <c>{"results":[{"columns":…,"data":[{"row":…}]}],"errors":[…]}</c> out.
/// </summary>
internal static class TransactionJson
{
    /// <summary>The request body for <paramref name="statements"/>, asking for rows only (no graph metadata).</summary>
    public static byte[] WriteRequest(IEnumerable<CypherStatement> statements) => CypherJson.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartArray("statements");
        foreach (var statement in statements)
        {
            writer.WriteStartObject();
            writer.WriteString("statement", statement.Text);
            writer.WritePropertyName("parameters");
            CypherJson.WriteMap(writer, statement.Parameters);
            writer.WriteStartArray("resultDataContents");
            writer.WriteStringValue("row");
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    /// <summary>The value of a <c>Bookmarks</c> header: a JSON list of bookmark strings.</summary>
    public static string WriteBookmarks(IReadOnlyList<string> bookmarks) =>
        System.Text.Encoding.UTF8.GetString(CypherJson.Write(writer => CypherJson.WriteValue(writer, bookmarks)));

    /// <summary>Reads a response body.</summary>
    /// <exception cref="JsonException">The body is not JSON of the documented shape.</exception>
    public static TransactionResponse ReadResponse(JsonDocument document)
    {
        var root = CypherJson.RootObject(document);
        var results = CypherJson.Array(root, "results").Select(ReadResult).ToList();
        return new TransactionResponse(results, CypherJson.Errors(root), CypherJson.Bookmarks(root, "lastBookmarks"), CypherJson.StringProperty(root, "commit"));
    }

    private static CypherResult ReadResult(JsonElement result)
    {
        var rows = CypherJson.Array(result, "data")
            .Select(d => d.TryGetProperty("row", out var row) && row.ValueKind == JsonValueKind.Array
                ? (IReadOnlyList<object?>)[.. row.EnumerateArray().Select(CypherJson.ReadValue)]
                : throw new JsonException("a data entry has no 'row' list"))
            .ToList();
        return new CypherResult(CypherJson.Strings(result, "columns"), rows);
    }
}
