using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Ingestion;
using KnowledgeGraph.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests;

/// <summary>
/// The API host with its own SQLite file, filled by the host's ingestion worker from the
/// repository's real <c>seed/</c> folder (found by walking up to <c>KnowledgeGraph.sln</c>).
/// Share one per test class (<see cref="IClassFixture{TFixture}"/>): tests only read from it.
/// </summary>
public sealed class SeededApiFactory : IAsyncLifetime
{
    private static readonly TimeSpan IngestionDeadline = TimeSpan.FromMinutes(2);

    /// <summary>The host in memory; <see cref="StartOnLoopbackAsync"/> makes one on a real loopback port.</summary>
    public SeededApiFactory()
        : this(onLoopback: false)
    {
    }

    private SeededApiFactory(bool onLoopback)
    {
        if (onLoopback)
        {
            Factory.StartOnLoopback();
        }
    }

    /// <summary>The host; started by <see cref="InitializeAsync"/>.</summary>
    public ApiFactory Factory { get; } = new(new Dictionary<string, string?>
    {
        ["Ingestion:Enabled"] = "true",
        ["Ingestion:SeedFolder"] = SeedFolder,
        ["Ingestion:Watch"] = "false",
    });

    /// <summary>Where Kestrel listens, for a host started on loopback (http://127.0.0.1:port).</summary>
    public Uri ListeningAddress => Factory.ListeningAddress;

    /// <summary>The real host on Kestrel at 127.0.0.1 and a free port, seeded and ready; for a browser.</summary>
    public static async Task<SeededApiFactory> StartOnLoopbackAsync()
    {
        var host = new SeededApiFactory(onLoopback: true);
        await host.InitializeAsync();
        return host;
    }

    /// <summary>The repository's seed folder.</summary>
    public static string SeedFolder => Repository.Seed;

    /// <summary>A client of the in-memory host.</summary>
    public HttpClient CreateClient() => Factory.CreateClient();

    /// <summary>Starts the host and waits until its first ingestion has ended; fails unless it succeeded.</summary>
    public async ValueTask InitializeAsync()
    {
        var status = Factory.Services.GetRequiredService<IngestionStatus>();
        var report = await status.FirstRun.WaitAsync(IngestionDeadline);
        report.Outcome.Should().BeOneOf([IngestionOutcome.Applied, IngestionOutcome.Unchanged], "the seed must ingest: {0}", report);
    }

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}
