using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Pipeline;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.GraphQL.Http;

/// <summary>
/// Serves one GraphQL endpoint per the GraphQL-over-HTTP draft: negotiates the response media
/// type, reads the request, runs it through the pipeline, and answers with the status code the
/// draft gives for that media type and outcome.
/// </summary>
internal sealed class GraphQLHttpHandler(GraphQLRequestExecutor executor, GraphQLHttpOptions options)
{
    /// <summary>Non-ASCII text such as Chinese is written as is; characters that matter to HTML stay escaped.</summary>
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), SkipValidation = true };

    public async Task HandleAsync(HttpContext http)
    {
        var mediaType = MediaTypes.Negotiate(http.Request.Headers.Accept);
        if (mediaType is null)
        {
            await WriteProblemAsync(http, StatusCodes.Status406NotAcceptable, MediaTypes.Json,
                $"The Accept header allows neither {MediaTypes.GraphQLResponse} nor {MediaTypes.Json}.").ConfigureAwait(false);
            return;
        }

        try
        {
            await HandleAsync(http, mediaType).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away: there is no one left to answer.
        }
        catch (Exception exception) when (!http.Response.HasStarted)
        {
            var error = GraphQLError.Request("Unexpected error.", ErrorCodes.InternalServerError);
            executor.ReportUnexpectedError(exception, error);
            await WriteAsync(http, StatusCodes.Status500InternalServerError, mediaType, ExecutionResult.FromErrors([error])).ConfigureAwait(false);
        }
    }

    /// <summary>The status code for a pipeline outcome, per the draft's rules for each media type.</summary>
    internal static int StatusCodeFor(GraphQLRequestStatus status, string mediaType) => status switch
    {
        GraphQLRequestStatus.Executed => StatusCodes.Status200OK,
        GraphQLRequestStatus.BadRequest => StatusCodes.Status400BadRequest,
        GraphQLRequestStatus.OperationNotAllowed => StatusCodes.Status405MethodNotAllowed,

        // application/json answers every well-formed request with 200; the newer type says "no data" with 400.
        _ => mediaType == MediaTypes.GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK,
    };

    private async Task HandleAsync(HttpContext http, string mediaType)
    {
        var isGet = HttpMethods.IsGet(http.Request.Method);
        if (!isGet && !MediaTypes.IsJsonRequest(http.Request.ContentType))
        {
            await WriteProblemAsync(http, StatusCodes.Status415UnsupportedMediaType, mediaType,
                $"Send the request body as {MediaTypes.Json} (UTF-8), not {(string.IsNullOrEmpty(http.Request.ContentType) ? "without a Content-Type" : http.Request.ContentType)}.").ConfigureAwait(false);
            return;
        }

        var reading = isGet
            ? GraphQLHttpRequestReader.ReadQueryString(http.Request.Query)
            : await GraphQLHttpRequestReader.ReadBodyAsync(http.Request, options.MaxRequestBodySize, http.RequestAborted).ConfigureAwait(false);
        if (reading.Request is null)
        {
            await WriteProblemAsync(http, reading.StatusCode, mediaType, reading.Problem!).ConfigureAwait(false);
            return;
        }

        var context = new GraphQLRequestContext
        {
            RootValue = options.RootValue,
            ContextValue = options.ContextFactory?.Invoke(http),
            Services = http.RequestServices,
            AllowMutations = !isGet,
        };
        var result = await executor.ExecuteAsync(reading.Request, context, http.RequestAborted).ConfigureAwait(false);
        var statusCode = StatusCodeFor(result.Status, mediaType);
        if (statusCode == StatusCodes.Status405MethodNotAllowed)
        {
            http.Response.Headers.Allow = HttpMethods.Post;
        }

        await WriteAsync(http, statusCode, mediaType, result.Response).ConfigureAwait(false);
    }

    private static Task WriteProblemAsync(HttpContext http, int statusCode, string mediaType, string problem) =>
        WriteAsync(http, statusCode, mediaType, ExecutionResult.FromErrors([GraphQLError.Request(problem, RequestErrorCodes.BadRequest)]));

    private static async Task WriteAsync(HttpContext http, int statusCode, string mediaType, ExecutionResult result)
    {
        var response = http.Response;
        response.StatusCode = statusCode;
        response.ContentType = mediaType == MediaTypes.GraphQLResponse ? MediaTypes.GraphQLResponseUtf8 : MediaTypes.JsonUtf8;
        response.Headers[HeaderNames.Vary] = HeaderNames.Accept;
        using (var writer = new Utf8JsonWriter(response.BodyWriter, WriterOptions))
        {
            ResponseWriter.Write(writer, result);
        }

        await response.BodyWriter.FlushAsync(http.RequestAborted).ConfigureAwait(false);
    }
}
