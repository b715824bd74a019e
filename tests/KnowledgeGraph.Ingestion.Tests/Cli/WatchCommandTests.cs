using KnowledgeGraph.Ingestion.Cli;
using KnowledgeGraph.Ingestion.Commands;
using KnowledgeGraph.Ingestion.Tests.Support;
using Spectre.Console;

namespace KnowledgeGraph.Ingestion.Tests.Cli;

public sealed class WatchCommandTests : IDisposable
{
    private readonly SeedFolder _seed = SeedFolder.WithSampleFacts();
    private readonly TemporaryDatabase _database = new();

    [Fact]
    public async Task The_watch_host_ingests_the_folder_into_the_selected_store_when_it_starts()
    {
        var context = new CliContext(AnsiConsole.Console, TextWriter.Null, TextWriter.Null, CliContext.StoreFromEnvironment(_ => null));
        var ingested = new FirstReport();
        using var host = WatchCommand.BuildHost(context, _seed.Path, _database.Path, ingested);

        await host.StartAsync(TestContext.Current.CancellationToken);
        var report = await ingested.Report.WaitAsync(TestContext.Current.CancellationToken);
        await host.StopAsync(TestContext.Current.CancellationToken);

        report.Outcome.Should().Be(IngestionOutcome.Applied);
        (await _database.ReadSnapshotAsync()).Entities.Should().HaveCount(5);
    }

    [Fact]
    public async Task Watch_with_an_unusable_store_configuration_stops_with_two()
    {
        var kg = new CliRunner(new Dictionary<string, string?> { ["KG_STORE"] = "neo4j", ["NEO4J_URI"] = "bolt://graph:7687" });

        var run = await kg.RunAsync("watch", _seed.Path);

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith("kg watch: KG_STORE is neo4j, but Neo4j store option Uri must be an http:// or https:// address");
    }

    public void Dispose()
    {
        _seed.Dispose();
        _database.Dispose();
    }
}

internal sealed class FirstReport : IIngestionRunListener
{
    private readonly TaskCompletionSource<IngestionReport> _first = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<IngestionReport> Report => _first.Task;

    public void Ingested(IngestionReport report) => _first.TrySetResult(report);
}
