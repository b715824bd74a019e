using System.Diagnostics;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Ingestion.Tests.Support;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Ingestion.Tests;

/// <summary>
/// Two ingestions of different folders into one SQLite file, started together: one holds the
/// writer lease for its whole run, so the file ends holding exactly one folder, never the union.
/// </summary>
public sealed class OneWriterTests : IDisposable
{
    private const int Trials = 20;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly SeedFolder _small = SeedFolder.WithSampleFacts();
    private readonly SeedFolder _seed = SeedFolder.CopyOfRepositorySeed();
    private readonly TemporaryDatabase _database = new();

    [Fact]
    public async Task Two_runs_started_together_end_with_one_folder_whole_every_time()
    {
        var expected = new[] { await EntityIdsOfAsync(_small), await EntityIdsOfAsync(_seed) };
        for (var trial = 0; trial < Trials; trial++)
        {
            using var first = OpenStore();
            using var second = OpenStore();

            var reports = await Task.WhenAll(
                Task.Run(() => Pipelines.Over((IGraphStore)first).IngestAsync(_small.Path, Ct), Ct),
                Task.Run(() => Pipelines.Over((IGraphStore)second).IngestAsync(_seed.Path, Ct), Ct));

            reports.Should().OnlyContain(r => r.Outcome != IngestionOutcome.Failed, "the later run waits for the earlier one, then applies its own folder");
            var held = (await _database.ReadSnapshotAsync()).Entities.Select(e => e.Id).ToList();
            expected.Should().ContainEquivalentOf(held, $"trial {trial} must hold one folder, not a mixture");
        }
    }

    [Fact]
    public async Task A_run_that_cannot_wait_fails_naming_the_holder_and_writes_nothing()
    {
        using var holder = OpenStore();
        using var loser = OpenStore();
        await ((IGraphStore)holder).InitializeAsync(Ct);
        await using var lease = await ((IGraphStore)holder).AcquireWriterLeaseAsync("ingestion of another folder", TimeSpan.Zero, Ct);

        var report = await Pipelines.Over((IGraphStore)loser, new IngestionOptions { WriterLeaseWait = TimeSpan.FromMilliseconds(200) }).IngestAsync(_seed.Path, Ct);

        report.Outcome.Should().Be(IngestionOutcome.Failed);
        report.Failure.Should().Contain("nothing was written").And.Contain("ingestion of another folder");
        (await _database.ReadSnapshotAsync()).Entities.Should().BeEmpty();
    }

    [Fact]
    public async Task Two_kg_ingest_processes_started_together_never_merge_their_folders()
    {
        var expected = new[] { await EntityIdsOfAsync(_small), await EntityIdsOfAsync(_seed) };
        for (var trial = 0; trial < 3; trial++)
        {
            var runs = await Task.WhenAll(KgIngestAsync(_small.Path), KgIngestAsync(_seed.Path));

            runs.Should().AllSatisfy(run => run.ExitCode.Should().Be(0, run.Error));
            var held = (await _database.ReadSnapshotAsync()).Entities.Select(e => e.Id).ToList();
            expected.Should().ContainEquivalentOf(held, $"trial {trial} must hold one folder, not a mixture");
        }
    }

    public void Dispose()
    {
        _small.Dispose();
        _seed.Dispose();
        _database.Dispose();
    }

    private IDisposable OpenStore()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_database.Path)!);
        return (IDisposable)SqliteGraphStoreFactory.Create(new SqliteGraphStoreOptions { FilePath = _database.Path });
    }

    private static async Task<List<string>> EntityIdsOfAsync(SeedFolder folder)
    {
        var store = new RecordingGraphStore();
        await Pipelines.Over(store).IngestAsync(folder.Path, Ct);
        return [.. (await store.SnapshotAsync()).Entities.Select(e => e.Id)];
    }

    /// <summary>Runs the built <c>kg</c> as its own process, as two editors' terminals would.</summary>
    private async Task<CliRun> KgIngestAsync(string folder)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Join(AppContext.BaseDirectory, "kg.dll"), "ingest", folder, "--db", _database.Path])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(Ct);
        var error = process.StandardError.ReadToEndAsync(Ct);
        await process.WaitForExitAsync(Ct);
        return new CliRun(process.ExitCode, await output, await error);
    }
}
