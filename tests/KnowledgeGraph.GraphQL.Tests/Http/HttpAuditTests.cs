using System.Text.Json;
using KnowledgeGraph.GraphQL.Tests.Differential;

namespace KnowledgeGraph.GraphQL.Tests.Http;

/// <summary>graphql-http's GraphQL-over-HTTP server audits, run against our endpoint on a real loopback host.</summary>
public sealed class HttpAuditTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_endpoint_passes_every_MUST_of_the_graphql_http_audits()
    {
        await using var host = await GraphQLTestHost.StartAsync();

        var (exitCode, stdout, stderr) = await OracleScripts.RunAsync("http-audit.mjs", [host.GraphQLUrl.ToString()], null, TestContext.Current.CancellationToken);

        var audits = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(line => line.StartsWith('{')).Select(Audit.Parse).ToList();
        foreach (var failed in audits.Where(audit => audit.Status != "ok"))
        {
            output.WriteLine($"{failed.Status}: {failed.Name}: {failed.Reason}");
        }

        output.WriteLine(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? stderr);
        audits.Should().NotBeEmpty(stderr);
        audits.Where(audit => audit.Status == "error").Select(audit => $"{audit.Name}: {audit.Reason}").Should().BeEmpty();
        exitCode.Should().Be(0, stderr);
    }

    private sealed record Audit(string Name, string Status, string? Reason)
    {
        public static Audit Parse(string line)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            return new Audit(root.GetProperty("name").GetString()!, root.GetProperty("status").GetString()!, root.GetProperty("reason").GetString());
        }
    }
}
