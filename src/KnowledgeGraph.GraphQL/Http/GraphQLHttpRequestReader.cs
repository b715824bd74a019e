using System.Buffers;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Pipeline;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace KnowledgeGraph.GraphQL.Http;

/// <summary>
/// Reads the GraphQL-over-HTTP request parameters (<c>query</c>, <c>operationName</c>,
/// <c>variables</c>, <c>extensions</c>) from a GET query string or a POST JSON body, refusing
/// anything malformed with a message that says which parameter is wrong and why.
/// </summary>
internal static class GraphQLHttpRequestReader
{
    private const int MaxJsonDepth = 64;

    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = MaxJsonDepth };

    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = MaxJsonDepth };

    /// <summary>The parameters of a GET request; <c>variables</c> and <c>extensions</c> are JSON text.</summary>
    public static HttpRequestReading ReadQueryString(IQueryCollection parameters)
    {
        if (!TryGetSingle(parameters, "query", out var query, out var problem)
            || !TryGetSingle(parameters, "operationName", out var operationName, out problem)
            || !TryGetSingle(parameters, "variables", out var variablesText, out problem)
            || !TryGetSingle(parameters, "extensions", out var extensionsText, out problem))
        {
            return HttpRequestReading.BadRequest(problem);
        }

        if (!TryParseMap(variablesText, "variables", out var variables, out problem)
            || !TryParseMap(extensionsText, "extensions", out var extensions, out problem))
        {
            return HttpRequestReading.BadRequest(problem);
        }

        return HttpRequestReading.Read(new GraphQLRequest(query, string.IsNullOrEmpty(operationName) ? null : operationName, variables, extensions));
    }

    /// <summary>The parameters of a POST request's JSON body, read up to <paramref name="maxBodySize"/> bytes.</summary>
    public static async Task<HttpRequestReading> ReadBodyAsync(HttpRequest request, long maxBodySize, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBodySize)
        {
            return TooLarge(maxBodySize);
        }

        var reader = request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var body = read.Buffer;
            if (body.Length > maxBodySize)
            {
                reader.AdvanceTo(body.End);
                return TooLarge(maxBodySize);
            }

            if (read.IsCompleted)
            {
                var reading = ReadJsonBody(body);
                reader.AdvanceTo(body.End);
                return reading;
            }

            reader.AdvanceTo(body.Start, body.End);
        }
    }

    private static HttpRequestReading ReadJsonBody(ReadOnlySequence<byte> body)
    {
        if (body.IsEmpty)
        {
            return HttpRequestReading.BadRequest("The request body is empty; send a JSON object with a \"query\".");
        }

        var json = WithoutByteOrderMark(body);
        try
        {
            if (JsonStringCheck.FindProblem(json, ReaderOptions, (int)(body.Length - json.Length)) is { } problem)
            {
                return HttpRequestReading.BadRequest($"The request body is not valid JSON: {problem}");
            }

            using var document = JsonDocument.Parse(json, JsonOptions);
            return ReadParameters(document.RootElement);
        }
        catch (JsonException exception)
        {
            return HttpRequestReading.BadRequest($"The request body is not valid JSON: {exception.Message}");
        }
    }

    private static HttpRequestReading ReadParameters(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return HttpRequestReading.BadRequest($"The request body must be a JSON object, not {Describe(body.ValueKind)}.");
        }

        string? query = null, operationName = null;
        IReadOnlyDictionary<string, object?>? variables = null, extensions = null;
        foreach (var parameter in body.EnumerateObject())
        {
            var problem = parameter.Name switch
            {
                "query" => ReadString(parameter.Value, "query", out query),
                "operationName" => ReadString(parameter.Value, "operationName", out operationName),
                "variables" => ReadMap(parameter.Value, "variables", out variables),
                "extensions" => ReadMap(parameter.Value, "extensions", out extensions),
                _ => null,
            };
            if (problem is not null)
            {
                return HttpRequestReading.BadRequest(problem);
            }
        }

        return HttpRequestReading.Read(new GraphQLRequest(query, operationName, variables, extensions));
    }

    private static string? ReadString(JsonElement value, string name, out string? text)
    {
        text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return value.ValueKind is JsonValueKind.String or JsonValueKind.Null
            ? null
            : $"The \"{name}\" parameter must be a string or null, not {Describe(value.ValueKind)}.";
    }

    private static string? ReadMap(JsonElement value, string name, out IReadOnlyDictionary<string, object?>? map)
    {
        map = value.ValueKind == JsonValueKind.Object ? JsonInput.ToVariables(value) : null;
        return value.ValueKind is JsonValueKind.Object or JsonValueKind.Null
            ? null
            : $"The \"{name}\" parameter must be a JSON object or null, not {Describe(value.ValueKind)}.";
    }

    private static bool TryParseMap(string? text, string name, out IReadOnlyDictionary<string, object?>? map, out string problem)
    {
        map = null;
        problem = "";
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        var json = Encoding.UTF8.GetBytes(text);
        try
        {
            if (JsonStringCheck.FindProblem(new ReadOnlySequence<byte>(json), ReaderOptions, skippedBytes: 0) is { } stringProblem)
            {
                problem = $"The \"{name}\" parameter is not valid JSON: {stringProblem}";
                return false;
            }

            using var document = JsonDocument.Parse(json, JsonOptions);
            problem = ReadMap(document.RootElement, name, out map) ?? "";
            return problem.Length == 0;
        }
        catch (JsonException exception)
        {
            problem = $"The \"{name}\" parameter is not valid JSON: {exception.Message}";
            return false;
        }
    }

    private static bool TryGetSingle(IQueryCollection parameters, string name, out string? value, out string problem)
    {
        var values = parameters.TryGetValue(name, out var found) ? found : StringValues.Empty;
        value = values.Count == 1 ? values[0] : null;
        problem = values.Count > 1 ? $"The \"{name}\" parameter is given {values.Count} times; give it once." : "";
        return values.Count <= 1;
    }

    private static ReadOnlySequence<byte> WithoutByteOrderMark(ReadOnlySequence<byte> body)
    {
        ReadOnlySpan<byte> byteOrderMark = [0xEF, 0xBB, 0xBF];
        var reader = new SequenceReader<byte>(body);
        return reader.IsNext(byteOrderMark) ? body.Slice(byteOrderMark.Length) : body;
    }

    private static HttpRequestReading TooLarge(long maxBodySize) =>
        HttpRequestReading.Refuse(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than the limit of {maxBodySize} bytes.");

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
