using System.Net;
using KnowledgeGraph.Api.Apis;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Api.Tests.Hosting;

public sealed class IngestionHostingTests
{
    [Fact]
    public async Task A_missing_seed_folder_keeps_the_host_unready_and_tells_only_the_log_why()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"kg-no-seed-{Guid.NewGuid():N}");
        await using var factory = IngestingFrom(missing);

        var body = await UnreadyBodyAsync(factory);

        body.Should().Be("Unhealthy");
        factory.Logs.Entries.Should().Contain(entry => entry.Category == HealthApi.LogCategory && entry.Level == LogLevel.Error
            && entry.Message.Contains(missing, StringComparison.Ordinal) && entry.Message.Contains("does not exist", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_seed_with_a_broken_fact_file_keeps_the_host_unready_and_tells_only_the_log_the_first_error()
    {
        var folder = Directory.CreateTempSubdirectory("kg-bad-seed-");
        await File.WriteAllTextAsync(Path.Combine(folder.FullName, "broken.yaml"), "entities: [ {id: \n", TestContext.Current.CancellationToken);
        try
        {
            await using var factory = IngestingFrom(folder.FullName);

            var body = await UnreadyBodyAsync(factory);

            body.Should().Be("Unhealthy");
            factory.Logs.Entries.Should().Contain(entry => entry.Category == HealthApi.LogCategory
                && entry.Message.Contains("errors in the fact files, the first:", StringComparison.Ordinal) && entry.Message.Contains("broken.yaml", StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Before_the_first_run_ends_the_host_is_not_ready()
    {
        var status = new IngestionStatus();

        var result = await status.CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);

        result.Status.Should().Be(HealthStatus.Unhealthy);
        result.Description.Should().Be("the first ingestion of the seed folder has not finished yet");
        status.FirstRun.IsCompleted.Should().BeFalse();
    }

    [Fact]
    public async Task A_failed_run_after_a_good_one_leaves_the_host_ready_on_the_last_good_graph()
    {
        var status = new IngestionStatus();
        status.Ingested(new IngestionReport("seed", 5, IngestionOutcome.Applied, [], [], Failure: null));
        status.Ingested(new IngestionReport("seed", 0, IngestionOutcome.Failed, [], [], "the store does not answer"));

        var result = await status.CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);

        result.Status.Should().Be(HealthStatus.Healthy);
    }

    [Fact]
    public async Task A_good_run_after_a_failed_first_one_makes_the_host_ready()
    {
        var status = new IngestionStatus();
        status.Ingested(new IngestionReport("seed", 0, IngestionOutcome.Failed, [], [], "the store does not answer"));
        status.Ingested(new IngestionReport("seed", 5, IngestionOutcome.Unchanged, [], [], Failure: null));

        var result = await status.CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);

        result.Status.Should().Be(HealthStatus.Healthy);
        (await status.FirstRun).Outcome.Should().Be(IngestionOutcome.Failed);
    }

    /// <summary>The body of /health/ready once the first ingestion has ended, which must be 503.</summary>
    private static async Task<string> UnreadyBodyAsync(ApiFactory factory)
    {
        using var client = factory.CreateClient();
        await factory.Services.GetRequiredService<IngestionStatus>().FirstRun.WaitAsync(TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);

        using var response = await client.GetAsync("/health/ready", TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    private static ApiFactory IngestingFrom(string folder) => new(new Dictionary<string, string?>
    {
        ["Ingestion:Enabled"] = "true",
        ["Ingestion:SeedFolder"] = folder,
        ["Ingestion:Watch"] = "false",
    });
}
