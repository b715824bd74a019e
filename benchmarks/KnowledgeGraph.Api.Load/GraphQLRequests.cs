using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Api.Load;

/// <summary>One GraphQL request as the load runs send it: a prepared JSON body, the GraphQL-over-HTTP response type.</summary>
internal static class GraphQLRequests
{
    public const string ResponseMediaType = "application/graphql-response+json";

    public static byte[] Body(string query) => JsonSerializer.SerializeToUtf8Bytes(new { query });

    public static async Task<HttpResponseMessage> SendAsync(HttpClient http, Uri url, byte[] body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Accept.ParseAdd(ResponseMediaType);
        return await http.SendAsync(request);
    }

    /// <summary>Asks once and returns the answer's bytes; throws, with the answer, unless it is a 200 without errors.</summary>
    public static async Task<byte[]> AskAsync(HttpClient http, Uri url, LoadCase loadCase)
    {
        using var response = await SendAsync(http, url, Body(loadCase.Query));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (response.StatusCode != HttpStatusCode.OK || JsonNode.Parse(bytes)?["errors"] is not null)
        {
            throw new InvalidOperationException($"The API answered the {loadCase.Name} case with {(int)response.StatusCode}: {Encoding.UTF8.GetString(bytes)}");
        }

        return bytes;
    }
}
