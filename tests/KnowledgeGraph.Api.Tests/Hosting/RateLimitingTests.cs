using System.Net;
using System.Net.Http.Json;
using System.Text;
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

    private const string OrdinaryQuery = """{"query":"{ entity(ref: \"place:wujin\") { name } }"}""";

    /// <summary>Two requests at once, then one every 1000 seconds: far slower than any test, so only the count decides.</summary>
    private static readonly Dictionary<string, string?> TwoAtOnce = new()
    {
        ["RateLimiting:Enabled"] = "true",
        ["RateLimiting:BurstLimit"] = "2",
        ["RateLimiting:TokensPerSecond"] = "0.001",
    };

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_client_over_its_limit_gets_429_with_retry_after_and_a_problem()
    {
        await using var factory = await ExportTestGraph.StartAsync(TwoAtOnce);
        using var client = factory.CreateClient();
        await SpendAsync(client, 2);

        using var response = await client.GetAsync(ExportPath, Cancellation);

        response.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        var retryAfter = response.Headers.RetryAfter!.Delta!.Value;
        retryAfter.Should().BePositive().And.BeLessThanOrEqualTo(TimeSpan.FromSeconds(1000));
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("status").GetInt32().Should().Be(429);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_probes_are_never_limited(string path)
    {
        await using var factory = await ExportTestGraph.StartAsync(TwoAtOnce);
        using var client = factory.CreateClient();
        await SpendAsync(client, 2);

        using var response = await client.GetAsync(path, Cancellation);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_each_forwarded_client_has_its_own_limit()
    {
        await using var factory = await ExportTestGraph.StartAsync(new Dictionary<string, string?>(TwoAtOnce) { ["Proxy:KnownProxies:0"] = "10.0.0.1" });
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
        await using var factory = await ExportTestGraph.StartAsync(new Dictionary<string, string?>(TwoAtOnce) { ["Proxy:KnownProxies:0"] = "10.0.0.1" });
        using var client = FromAddress(factory, "192.0.2.50").CreateClient();
        await SpendAsync(client, 2, forwardedFor: "203.0.113.7");

        using var response = await GetAsync(client, forwardedFor: "198.51.100.9");

        response.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Limits_are_off_when_disabled()
    {
        await using var factory = await ExportTestGraph.StartAsync(new Dictionary<string, string?>(TwoAtOnce) { ["RateLimiting:Enabled"] = "false" });
        using var client = factory.CreateClient();
        await SpendAsync(client, 2);

        using var response = await client.GetAsync(ExportPath, Cancellation);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_script_of_300_queries_from_loopback_meets_no_429_with_the_default_limits()
    {
        await using var factory = new ApiFactory(new Dictionary<string, string?> { ["RateLimiting:Enabled"] = "true" });
        using var client = await StartOnLoopbackAsync(factory);

        var statuses = await QueryAsync(client, 300);

        statuses.Should().AllSatisfy(answer => answer.Status.Should().Be(HttpStatusCode.OK));
    }

    [Fact]
    public async Task With_loopback_included_a_small_bucket_turns_the_excess_away_with_retry_after()
    {
        await using var factory = new ApiFactory(new Dictionary<string, string?>(TwoAtOnce) { ["RateLimiting:IncludeLoopback"] = "true", ["RateLimiting:BurstLimit"] = "5" });
        using var client = await StartOnLoopbackAsync(factory);

        var answers = await QueryAsync(client, 300);

        answers.Take(5).Should().AllSatisfy(answer => answer.Status.Should().Be(HttpStatusCode.OK));
        answers.Skip(5).Should().AllSatisfy(answer =>
        {
            answer.Status.Should().Be(HttpStatusCode.TooManyRequests);
            answer.RetryAfter.Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1)).And.BeLessThanOrEqualTo(TimeSpan.FromSeconds(1000));
        });
    }

    [Fact]
    public async Task A_loopback_request_forwarded_by_an_untrusted_proxy_is_limited_while_the_machines_own_are_not()
    {
        await using var factory = new ApiFactory(TwoAtOnce);
        using var client = await StartOnLoopbackAsync(factory);

        var forwarded = await QueryAsync(client, 3, forwardedFor: "203.0.113.7");
        var own = await QueryAsync(client, 3);

        forwarded.Select(answer => answer.Status).Should().Equal(HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests);
        own.Should().AllSatisfy(answer => answer.Status.Should().Be(HttpStatusCode.OK));
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_on_loopback_the_forwarded_clients_are_limited_each_on_its_own()
    {
        await using var factory = new ApiFactory(new Dictionary<string, string?>(TwoAtOnce) { ["Proxy:KnownProxies:0"] = "127.0.0.1" });
        using var client = await StartOnLoopbackAsync(factory);

        var spent = await QueryAsync(client, 3, forwardedFor: "203.0.113.7");
        var other = await QueryAsync(client, 1, forwardedFor: "198.51.100.9");
        var local = await QueryAsync(client, 3, forwardedFor: "127.0.0.1");

        spent.Select(answer => answer.Status).Should().Equal(HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests);
        other.Single().Status.Should().Be(HttpStatusCode.OK);
        local.Should().AllSatisfy(answer => answer.Status.Should().Be(HttpStatusCode.OK), "a client on the proxy's own machine is a loopback client");
    }

    private static async Task<HttpClient> StartOnLoopbackAsync(ApiFactory factory)
    {
        var client = new HttpClient { BaseAddress = factory.StartOnLoopback() };
        await factory.SeedAsync(ExportTestGraph.AsChangeSet());
        return client;
    }

    /// <summary>Sends <paramref name="count"/> ordinary GraphQL queries one after another, as a script would.</summary>
    private static async Task<IReadOnlyList<(HttpStatusCode Status, TimeSpan? RetryAfter)>> QueryAsync(HttpClient client, int count, string? forwardedFor = null)
    {
        var answers = new List<(HttpStatusCode, TimeSpan?)>();
        for (var i = 0; i < count; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(OrdinaryQuery, Encoding.UTF8, "application/json") };
            if (forwardedFor is not null)
            {
                request.Headers.Add("X-Forwarded-For", forwardedFor);
            }

            using var response = await client.SendAsync(request, Cancellation);
            answers.Add((response.StatusCode, response.Headers.RetryAfter?.Delta));
        }

        return answers;
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
