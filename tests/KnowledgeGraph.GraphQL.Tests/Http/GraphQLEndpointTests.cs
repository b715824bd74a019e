using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.GraphQL.Http;
using KnowledgeGraph.GraphQL.Pipeline;
using KnowledgeGraph.GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.GraphQL.Tests.Http;

public sealed class GraphQLEndpointTests : IAsyncLifetime
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private const string Json = "application/json";

    private GraphQLTestHost _host = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _host = await GraphQLTestHost.StartAsync();

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData(null, Json)]
    [InlineData("*/*", Json)]
    [InlineData("application/*", Json)]
    [InlineData(Json, Json)]
    [InlineData(GraphQLResponse, GraphQLResponse)]
    [InlineData("application/json, application/graphql-response+json", GraphQLResponse)]
    [InlineData("application/graphql-response+json;q=0.5, application/json", Json)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", GraphQLResponse)]
    [InlineData("text/html,application/xhtml+xml,*/*;q=0.8", Json)]
    public async Task The_response_media_type_follows_the_accept_header(string? accept, string expected)
    {
        using var response = await PostAsync("""{"query":"{ hello }"}""", accept);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(expected);
        response.Content.Headers.ContentType.CharSet.Should().Be("utf-8");
        (await ReadJsonAsync(response)).Should().Be("""{"data":{"hello":"world"}}""");
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml")]
    [InlineData("application/json;q=0")]
    [InlineData("application/json; charset=latin1")]
    public async Task A_client_that_accepts_no_json_gets_406(string accept)
    {
        using var response = await PostAsync("""{"query":"{ hello }"}""", accept);

        response.StatusCode.Should().Be(HttpStatusCode.NotAcceptable);
        (await ReadJsonAsync(response)).Should().Contain("The Accept header allows neither");
    }

    public static TheoryData<string, string?, HttpStatusCode, string> PostOutcomes => new()
    {
        { """{"query":"{ hello"}""", GraphQLResponse, HttpStatusCode.BadRequest, "Syntax Error: Expected Name, found <EOF>." },
        { """{"query":"{ hello"}""", Json, HttpStatusCode.OK, "Syntax Error: Expected Name, found <EOF>." },
        { """{"query":"query ($n: String!) { greet(name: $n) }"}""", GraphQLResponse, HttpStatusCode.BadRequest, "of required type \\\"String!\\\" was not provided." },
        { """{"query":"query ($n: String!) { greet(name: $n) }"}""", Json, HttpStatusCode.OK, "of required type \\\"String!\\\" was not provided." },
        { """{"query":"query A { hello } query B { hello }","operationName":"C"}""", GraphQLResponse, HttpStatusCode.BadRequest, "Unknown operation named \\\"C\\\"." },
        { """{"query":"{ fail }"}""", GraphQLResponse, HttpStatusCode.OK, "\"data\":{\"fail\":null}" },
        { """{"query":"{ count }"}""", GraphQLResponse, HttpStatusCode.OK, "\"data\":null" },
        { """{"query":"query ($n: String!) { greet(name: $n) }","variables":{"n":"常州"}}""", GraphQLResponse, HttpStatusCode.OK, "{\"data\":{\"greet\":\"hello, 常州\"}}" },
        { """{"query":"query A { hello } query B { greet(name: \"b\") }","operationName":"B","extensions":{"trace":true}}""", GraphQLResponse, HttpStatusCode.OK, "{\"data\":{\"greet\":\"hello, b\"}}" },
        { """{"query":"mutation { bump }"}""", GraphQLResponse, HttpStatusCode.OK, "{\"data\":{\"bump\":1}}" },
        { """{"query":null,"operationName":null,"variables":null,"extensions":null}""", GraphQLResponse, HttpStatusCode.BadRequest, "Must provide query string." },
        { """{}""", Json, HttpStatusCode.BadRequest, "Must provide query string." },
        { """{"query":"{ hello }" """, Json, HttpStatusCode.BadRequest, "The request body is not valid JSON" },
        { """{"query":"{ hello }" """, GraphQLResponse, HttpStatusCode.BadRequest, "The request body is not valid JSON" },
        { "", Json, HttpStatusCode.BadRequest, "The request body is empty" },
        { """["{ hello }"]""", Json, HttpStatusCode.BadRequest, "The request body must be a JSON object, not an array." },
        { "\"{ hello }\"", GraphQLResponse, HttpStatusCode.BadRequest, "The request body must be a JSON object, not a string." },
        { """{"query":1}""", Json, HttpStatusCode.BadRequest, "The \\\"query\\\" parameter must be a string or null, not a number." },
        { """{"query":"{ hello }","operationName":[]}""", Json, HttpStatusCode.BadRequest, "The \\\"operationName\\\" parameter must be a string or null, not an array." },
        { """{"query":"{ hello }","variables":"{}"}""", Json, HttpStatusCode.BadRequest, "The \\\"variables\\\" parameter must be a JSON object or null, not a string." },
        { """{"query":"{ hello }","extensions":true}""", GraphQLResponse, HttpStatusCode.BadRequest, "The \\\"extensions\\\" parameter must be a JSON object or null, not a boolean." },
        { "\uFEFF{\"query\":\"{ hello }\"}", Json, HttpStatusCode.OK, "{\"data\":{\"hello\":\"world\"}}" },
    };

    [Theory]
    [MemberData(nameof(PostOutcomes))]
    public async Task A_post_is_answered_with_the_status_the_draft_gives_its_outcome(string body, string? accept, HttpStatusCode status, string expectedFragment)
    {
        using var response = await PostAsync(body, accept);

        response.StatusCode.Should().Be(status);
        (await ReadJsonAsync(response)).Should().Contain(expectedFragment);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/graphql")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=utf-16")]
    public async Task A_post_body_that_is_not_utf8_json_gets_415(string? contentType)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"query":"{ hello }"}"""));
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        using var response = await _host.Client.PostAsync("/graphql", content, Cancellation);

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        (await ReadJsonAsync(response)).Should().Contain("Send the request body as application/json");
    }

    [Fact]
    public async Task A_body_over_the_size_limit_gets_413()
    {
        await using var host = await GraphQLTestHost.StartAsync(options => options.MaxRequestBodySize = 64);
        var body = $$$"""{"query":"{ hello }","extensions":{"padding":"{{{new string('x', 100)}}}"}}""";
        using var content = new StringContent(body, Encoding.UTF8, Json);

        using var response = await host.Client.PostAsync("/graphql", content, Cancellation);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await ReadJsonAsync(response)).Should().Contain("larger than the limit of 64 bytes");
    }

    [Theory]
    [InlineData("?query=%7B%20hello%20%7D", HttpStatusCode.OK, "{\"data\":{\"hello\":\"world\"}}")]
    [InlineData("?query=query%20(%24n%3A%20String!)%20%7B%20greet(name%3A%20%24n)%20%7D&variables=%7B%22n%22%3A%22x%22%7D", HttpStatusCode.OK, "hello, x")]
    [InlineData("?query=query%20A%20%7B%20hello%20%7D&operationName=A", HttpStatusCode.OK, "world")]
    [InlineData("?query=query%20A%20%7B%20hello%20%7D&operationName=", HttpStatusCode.OK, "world")]
    [InlineData("", HttpStatusCode.BadRequest, "Must provide query string.")]
    [InlineData("?query=%7B%20hello%20%7D&variables=%7Bnope", HttpStatusCode.BadRequest, "The \\\"variables\\\" parameter is not valid JSON")]
    [InlineData("?query=%7B%20hello%20%7D&variables=%5B%5D", HttpStatusCode.BadRequest, "must be a JSON object or null, not an array")]
    [InlineData("?query=%7B%20hello%20%7D&extensions=1", HttpStatusCode.BadRequest, "must be a JSON object or null, not a number")]
    [InlineData("?query=%7B%20hello%20%7D&query=%7B%20hello%20%7D", HttpStatusCode.BadRequest, "is given 2 times")]
    public async Task A_get_carries_its_parameters_in_the_query_string(string queryString, HttpStatusCode status, string expectedFragment)
    {
        using var response = await GetAsync("/graphql" + queryString, GraphQLResponse);

        response.StatusCode.Should().Be(status);
        (await ReadJsonAsync(response)).Should().Contain(expectedFragment);
    }

    [Fact]
    public async Task A_mutation_over_get_gets_405_and_the_allowed_method()
    {
        using var response = await GetAsync("/graphql?query=mutation%20%7B%20bump%20%7D", Json);

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.Should().Equal("POST");
        (await ReadJsonAsync(response)).Should().Contain("Can only perform a mutation operation from a POST request.");
    }

    [Fact]
    public async Task Other_methods_get_405()
    {
        using var content = new StringContent("""{"query":"{ hello }"}""", Encoding.UTF8, Json);

        using var response = await _host.Client.PutAsync("/graphql", content, Cancellation);

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task Get_requests_can_be_switched_off()
    {
        await using var host = await GraphQLTestHost.StartAsync(options => options.EnableGetRequests = false);

        using var response = await host.Client.GetAsync("/graphql?query=%7B%20hello%20%7D", Cancellation);

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task The_schema_is_served_as_sdl_text()
    {
        using var response = await _host.Client.GetAsync("/graphql/schema.graphql", Cancellation);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be("text/plain; charset=utf-8");
        (await response.Content.ReadAsStringAsync(Cancellation)).Should().Be(SchemaPrinter.PrintSchema(GraphQLTestHost.Schema()));
    }

    [Theory]
    [InlineData("/graphql", "text/html,application/xhtml+xml,*/*;q=0.8", true)]
    [InlineData("/graphql?query=%7B%20hello%20%7D", "text/html,application/xhtml+xml,*/*;q=0.8", false)]
    [InlineData("/graphql", "application/json", false)]
    public async Task A_browser_page_at_the_same_address_takes_only_the_browsers_page_requests(string path, string accept, bool expectPage)
    {
        await using var host = await GraphQLTestHost.StartAsync(withPlayground: true);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", accept);

        using var response = await host.Client.SendAsync(request, Cancellation);

        var body = await response.Content.ReadAsStringAsync(Cancellation);
        (body == GraphQLTestHost.PlaygroundHtml).Should().Be(expectPage, body);
    }

    [Fact]
    public async Task A_browser_page_request_without_a_page_endpoint_still_reaches_graphql()
    {
        using var response = await GetAsync("/graphql", "text/html,application/xhtml+xml,*/*;q=0.8");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await ReadJsonAsync(response)).Should().Contain("Must provide query string.");
    }

    [Fact]
    public async Task Mapping_the_endpoint_without_the_services_says_what_is_missing()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        await using var app = builder.Build();

        var act = () => app.MapGraphQL();

        act.Should().Throw<InvalidOperationException>().WithMessage("*call services.AddGraphQL(...)*");
    }

    [Theory]
    [InlineData(GraphQLRequestStatus.Executed, GraphQLResponse, 200)]
    [InlineData(GraphQLRequestStatus.Executed, Json, 200)]
    [InlineData(GraphQLRequestStatus.BadRequest, Json, 400)]
    [InlineData(GraphQLRequestStatus.SyntaxError, GraphQLResponse, 400)]
    [InlineData(GraphQLRequestStatus.SyntaxError, Json, 200)]
    [InlineData(GraphQLRequestStatus.ValidationFailed, GraphQLResponse, 400)]
    [InlineData(GraphQLRequestStatus.ValidationFailed, Json, 200)]
    [InlineData(GraphQLRequestStatus.RequestError, GraphQLResponse, 400)]
    [InlineData(GraphQLRequestStatus.RequestError, Json, 200)]
    [InlineData(GraphQLRequestStatus.OperationNotAllowed, Json, 405)]
    public void Each_outcome_maps_to_the_drafts_status_code(GraphQLRequestStatus status, string mediaType, int expected)
    {
        GraphQLHttpHandler.StatusCodeFor(status, mediaType).Should().Be(expected);
    }

    /// <summary>The body as JSON re-written without escapes, so that assertions can quote messages plainly.</summary>
    private static async Task<string> ReadJsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancellation))!.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private async Task<HttpResponseMessage> PostAsync(string body, string? accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, new UTF8Encoding(false), Json) };
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return await _host.Client.SendAsync(request, Cancellation);
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return await _host.Client.SendAsync(request, Cancellation);
    }
}
