using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using KnowledgeGraph.Api.Tests.Exports;

namespace KnowledgeGraph.Api.Tests.Hosting;

public sealed class RateLimitingTests
{
    private const string ExportPath = "/export/subgraph.json?refs=place:wujin";

    /// <summary>Two requests per client in a window far longer than any test, so only the count decides.</summary>
    private static readonly Dictionary<string, string?> TwoPerHour = new()
    {
        ["RateLimiting:Enabled"] = "true",
        ["RateLimiting:PermitLimit"] = "2",
        ["RateLimiting:WindowSeconds"] = "3600",
    };

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_client_over_its_limit_gets_429_with_retry_after_and_a_problem()
    {
        await using var factory = await ExportTestGraph.StartAsync(TwoPerHour);
        using var client = factory.CreateClient();
        await SpendAsync(client, 2);

        using var response = await client.GetAsync(ExportPath, Cancellation);

        response.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        var retryAfter = response.Headers.RetryAfter!.Delta!.Value;
        retryAfter.Should().BePositive().And.BeLessThanOrEqualTo(TimeSpan.FromHours(1));
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("status").GetInt32().Should().Be(429);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_probes_are_never_limited(string path)
    {
        await using var factory = await ExportTestGraph.StartAsync(TwoPerHour);
        using var client = factory.CreateClient();
        await SpendAsync(client, 2);

        using var response = await client.GetAsync(path, Cancellation);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_each_forwarded_client_has_its_own_limit()
    {
        await using var factory = await ExportTestGraph.StartAsync(new Dictionary<string, string?>(TwoPerHour) { ["Proxy:KnownProxies:0"] = "10.0.0.1" });
        using var client = FromAddress(factory, "10.0.0.1").CreateClient();
        await SpendAsync(client, 2, forwardedFor: "203.0.113.7");

        using var spent = await GetAsync(client, forwardedFor: "203.0.113.7");
        using var other = await GetAsync(client, forwardedFor: "198.51.100.9");

        spent.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        other.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_forwarded_header_from_an_untrusted_peer_does_not_buy_a_new_limit()
    {
        await using var factory = await ExportTestGraph.StartAsync(new Dictionary<string, string?>(TwoPerHour) { ["Proxy:KnownProxies:0"] = "10.0.0.1" });
        using var client = FromAddress(factory, "192.0.2.50").CreateClient();
        await SpendAsync(client, 2, forwardedFor: "203.0.113.7");

        using var response = await GetAsync(client, forwardedFor: "198.51.100.9");

        response.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Limits_are_off_when_disabled()
    {
        await using var factory = await ExportTestGraph.StartAsync(new Dictionary<string, string?>(TwoPerHour) { ["RateLimiting:Enabled"] = "false" });
        using var client = factory.CreateClient();
        await SpendAsync(client, 2);

        using var response = await client.GetAsync(ExportPath, Cancellation);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private static async Task SpendAsync(HttpClient client, int requests, string? forwardedFor = null)
    {
        for (var i = 0; i < requests; i++)
        {
            using var response = await GetAsync(client, forwardedFor);
            response.StatusCode.Should().Be(HttpStatusCode.OK);
        }
    }

    private static Task<HttpResponseMessage> GetAsync(HttpClient client, string? forwardedFor)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, ExportPath);
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        return client.SendAsync(request, Cancellation);
    }

    /// <summary>The host as if every connection came from <paramref name="peer"/>: the test server has no real peers.</summary>
    private static Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> FromAddress(ApiFactory factory, string peer) =>
        factory.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.AddSingleton<IStartupFilter>(new PeerAddressFilter(IPAddress.Parse(peer)))));

    private sealed class PeerAddressFilter(IPAddress peer) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate following) =>
            {
                context.Connection.RemoteIpAddress = peer;
                return following(context);
            });
            next(app);
        };
    }
}
