using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Tests.GraphQL;

namespace KnowledgeGraph.Api.Tests.EndToEnd;

/// <summary>Sends GraphQL requests over HTTP, as POST with a JSON body or as GET with query parameters.</summary>
internal static class GraphQLClient
{
    public const string GraphQLResponse = "application/graphql-response+json";

    /// <summary>POSTs <paramref name="query"/> and returns the status and the parsed body.</summary>
    public static async Task<(HttpStatusCode Status, JsonObject Body)> PostAsync(this HttpClient client, string query, string accept = GraphQLResponse)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Accept.ParseAdd(accept);
        return await SendAsync(client, request);
    }

    /// <summary>POSTs <paramref name="query"/> with <paramref name="variables"/> and returns the status and the parsed body.</summary>
    public static async Task<(HttpStatusCode Status, JsonObject Body)> PostAsync(this HttpClient client, string query, IReadOnlyDictionary<string, object?> variables)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.ParseAdd(GraphQLResponse);
        return await SendAsync(client, request);
    }

    /// <summary>GETs <paramref name="query"/> as the <c>query</c> parameter and returns the status and the parsed body.</summary>
    public static async Task<(HttpStatusCode Status, JsonObject Body)> GetQueryAsync(this HttpClient client, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/graphql?query={Uri.EscapeDataString(query)}");
        request.Headers.Accept.ParseAdd(GraphQLResponse);
        return await SendAsync(client, request);
    }

    /// <summary>POSTs a query that must succeed, and returns its <c>data</c>.</summary>
    public static async Task<JsonNode> DataAsync(this HttpClient client, string query)
    {
        var (status, body) = await client.PostAsync(query);
        status.Should().Be(HttpStatusCode.OK, body.Compact());
        body["errors"].Should().BeNull("the query is valid: {0}", body.Compact());
        return body["data"]!;
    }

    private static async Task<(HttpStatusCode, JsonObject)> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, JsonNode.Parse(text)!.AsObject());
    }
}
