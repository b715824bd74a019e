using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Ingestion.Hosting;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Tests.Hosting;

public sealed class HostConfigurationTests
{
    [Fact]
    public async Task An_unknown_store_kind_stops_the_host_naming_the_key_and_the_known_kinds()
    {
        await using var factory = new ApiFactory(new Dictionary<string, string?> { ["KG_STORE"] = "mongodb" });

        var start = () => factory.CreateClient();

        start.Should().Throw<GraphStoreConfigurationException>().WithMessage("KG_STORE is 'mongodb'*expected one of: sqlite, neo4j*");
    }

    [Fact]
    public async Task Neo4j_without_its_address_stops_the_host_naming_the_missing_variable()
    {
        await using var factory = new ApiFactory(new Dictionary<string, string?> { ["KG_STORE"] = "neo4j", ["NEO4J_PASSWORD"] = "s3cret-pass" });

        var start = () => factory.CreateClient();

        start.Should().Throw<GraphStoreConfigurationException>().WithMessage("*NEO4J_URI*")
            .Which.Message.Should().NotContain("s3cret-pass");
    }

    [Theory]
    [InlineData("SQLite")]
    [InlineData("sqlite")]
    public async Task The_store_kind_is_read_in_any_case(string kind)
    {
        await using var factory = new ApiFactory(new Dictionary<string, string?> { ["KG_STORE"] = kind });
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/health/ready", TestContext.Current.CancellationToken);

        response.IsSuccessStatusCode.Should().BeTrue();
    }

    [Theory]
    [InlineData("Cors:AllowedOrigins:0", "bi.example.org", "Cors:AllowedOrigins holds 'bi.example.org'*")]
    [InlineData("Cors:AllowedOrigins:0", "https://bi.example.org/dashboards", "Cors:AllowedOrigins holds 'https://bi.example.org/dashboards'*")]
    [InlineData("Cors:PreflightMaxAgeSeconds", "-1", "Cors:PreflightMaxAgeSeconds is -1*")]
    [InlineData("RateLimiting:BurstLimit", "0", "RateLimiting:BurstLimit is 0*")]
    [InlineData("RateLimiting:TokensPerSecond", "0", "RateLimiting:TokensPerSecond is 0; expected 0.001 to 10000")]
    [InlineData("RateLimiting:TokensPerSecond", "1e6", "RateLimiting:TokensPerSecond is 1000000; expected 0.001 to 10000")]
    [InlineData("Proxy:KnownProxies:0", "proxy.local", "Proxy:KnownProxies holds 'proxy.local'*")]
    [InlineData("Proxy:KnownNetworks:0", "10.0.0.0/99", "Proxy:KnownNetworks holds '10.0.0.0/99'*")]
    [InlineData("GraphQL:MaxDepth", "0", "GraphQL:MaxDepth is 0*")]
    [InlineData("GraphQL:MaxCost", "-5", "GraphQL:MaxCost is -5*")]
    [InlineData("GraphQL:ExecutionTimeout", "00:00:00", "GraphQL:ExecutionTimeout is '00:00:00'*")]
    [InlineData("GraphQL:DocumentCacheSize", "-1", "GraphQL:DocumentCacheSize is -1*")]
    public async Task A_bad_setting_stops_the_host_naming_the_key_and_the_value(string key, string value, string message)
    {
        await using var factory = new ApiFactory(new Dictionary<string, string?> { [key] = value });

        var start = () => factory.CreateClient();

        start.Should().Throw<OptionsValidationException>().WithMessage(message);
    }

    [Theory]
    [InlineData("RateLimiting:PermitLimit", "'PermitLimit'")]
    [InlineData("RateLimiting:TokensPerSecnd", "'TokensPerSecnd'")]
    public async Task A_rate_limit_key_the_host_does_not_know_stops_it_naming_the_key(string key, string named)
    {
        await using var factory = new ApiFactory(new Dictionary<string, string?> { [key] = "600" });

        var start = () => factory.CreateClient();

        start.Should().Throw<InvalidOperationException>().WithMessage($"*{named}*");
    }

    [Fact]
    public async Task A_configured_graphql_limit_is_the_one_requests_run_under()
    {
        await using var factory = new ApiFactory(new Dictionary<string, string?> { ["GraphQL:MaxDepth"] = "2" });
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync("/graphql", new { query = "{ stats { byEntityType { type } } }" }, TestContext.Current.CancellationToken);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

        body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().Should().Be("MAX_DEPTH_EXCEEDED");
    }
}
