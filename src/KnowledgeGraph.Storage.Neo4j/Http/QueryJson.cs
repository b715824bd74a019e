using System.Text.Json;
using KnowledgeGraph.Storage.Neo4j.Cypher;

namespace KnowledgeGraph.Storage.Neo4j.Http;

/// <summary>The body of a Query API response, and the cluster affinity its headers named.</summary>
/// <param name="Result">The rows of the request's statement; no columns and no rows for a commit.</param>
/// <param name="TransactionId">The id of the explicit transaction the request opened, if it opened one.</param>
/// <param name="Affinity">The <c>neo4j-cluster-affinity</c> header, which later requests of the transaction must echo; null when absent.</param>
internal sealed record QueryResponse(
    CypherResult Result,
    IReadOnlyList<ServerError> Errors,
    IReadOnlyList<string> Bookmarks,
    string? TransactionId,
    string? Affinity) : IServerReply
{
    /// <summary>A request carries one statement at most, so any error is that statement's.</summary>
    public int FailedStatementIndex => 0;
}

/// <summary>
/// Writes requests and reads responses of Neo4j's Query API in plain JSON
/// (<c>Accept: application/json</c>): <c>{"statement":…,"parameters":{…},"bookmarks":[…],"accessMode":"Read"}</c>
/// in, <c>{"data":{"fields":[…],"values":[[…],…]},"bookmarks":[…],"transaction":{"id":…}}</c>
/// or <c>{"errors":[{"code":…,"message":…}]}</c> out.
/// </summary>
internal static class QueryJson
{
    /// <summary>The body of a request that runs no statement, such as a commit: <c>{}</c>.</summary>
    public static byte[] EmptyObject => "{}"u8.ToArray();

    /// <summary>
    /// The request body for one statement. Bookmarks and access mode configure a transaction,
    /// so only a request that begins one (an implicit transaction, or opening an explicit one)
    /// carries them; pass none and <see cref="AccessMode.Write"/> inside a transaction. Write is
    /// the server's default, so only <c>Read</c> is written out.
    /// </summary>
    public static byte[] WriteRequest(CypherStatement statement, IReadOnlyList<string> bookmarks, AccessMode accessMode) => CypherJson.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("statement", statement.Text);
        writer.WritePropertyName("parameters");
        CypherJson.WriteMap(writer, statement.Parameters);
        if (bookmarks.Count > 0)
        {
            writer.WritePropertyName("bookmarks");
            CypherJson.WriteValue(writer, bookmarks);
        }

        if (accessMode == AccessMode.Read)
        {
            writer.WriteString("accessMode", "Read");
        }

        writer.WriteEndObject();
    });

    /// <summary>Reads a response body.</summary>
    /// <param name="expectsRows">True for a request that ran a statement: without errors, its answer must hold <c>data</c>.</param>
    /// <exception cref="JsonException">The body is not JSON of the documented shape.</exception>
    public static QueryResponse ReadResponse(JsonDocument document, string? affinity, bool expectsRows)
    {
        var root = CypherJson.RootObject(document);
        var errors = CypherJson.Errors(root);
        var result = root.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null
            ? ReadResult(data)
            : expectsRows && errors.Count == 0 ? throw new JsonException("the answer to a statement has no 'data'") : new CypherResult([], []);
        var transaction = root.TryGetProperty("transaction", out var opened) && opened.ValueKind == JsonValueKind.Object
            ? CypherJson.StringProperty(opened, "id")
            : null;
        return new QueryResponse(result, errors, CypherJson.Bookmarks(root, "bookmarks"), transaction, affinity);
    }

    private static CypherResult ReadResult(JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"'data' is a {data.ValueKind}, not an object");
        }

        var fields = CypherJson.Strings(data, "fields");
        var rows = CypherJson.Array(data, "values")
            .Select(row => row.ValueKind == JsonValueKind.Array && row.GetArrayLength() == fields.Count
                ? (IReadOnlyList<object?>)[.. row.EnumerateArray().Select(CypherJson.ReadValue)]
                : throw new JsonException($"a row of 'values' is not a list of {fields.Count} values, one per field"))
            .ToList();
        return new CypherResult(fields, rows);
    }
}
