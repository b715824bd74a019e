using System.Net;
using KnowledgeGraph.Api.Tests.Exports;

namespace KnowledgeGraph.Api.Tests.Hosting;

public sealed class CorsTests
{
    private const string AllowedOrigin = "https://bi.example.org";

    private static readonly Dictionary<string, string?> OneOrigin = new() { ["Cors:AllowedOrigins:0"] = AllowedOrigin };

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_preflight_from_a_configured_origin_is_allowed()
    {
        await using var factory = await ExportTestGraph.StartAsync(OneOrigin);
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(Preflight(AllowedOrigin), Cancellation);

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        response.Headers.GetValues("Access-Control-Allow-Origin").Should().Equal(AllowedOrigin);
        string.Join(',', response.Headers.GetValues("Access-Control-Allow-Methods")).Should().Contain("GET");
        response.Headers.GetValues("Access-Control-Max-Age").Should().Equal("600");
    }

    [Fact]
    public async Task A_request_from_a_configured_origin_may_read_the_truncated_header()
    {
        await using var factory = await ExportTestGraph.StartAsync(OneOrigin);
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/export/subgraph.json?refs=place:wujin");
        request.Headers.Add("Origin", AllowedOrigin);

        using var response = await client.SendAsync(request, Cancellation);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.GetValues("Access-Control-Allow-Origin").Should().Equal(AllowedOrigin);
        string.Join(',', response.Headers.GetValues("Access-Control-Expose-Headers")).Should().Contain("X-Subgraph-Truncated");
    }

    [Theory]
    [InlineData("https://elsewhere.example.org", true)]
    [InlineData(AllowedOrigin, false)]
    public async Task Origins_not_configured_get_no_cors_headers(string origin, bool configured)
    {
        await using var factory = await ExportTestGraph.StartAsync(configured ? OneOrigin : null);
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(Preflight(origin), Cancellation);

        response.Headers.Contains("Access-Control-Allow-Origin").Should().BeFalse();
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/export/subgraph.edges.csv?refs=place:wujin");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "GET");
        return request;
    }
}
