using System.Threading.Channels;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Ingestion.Tests.Support;
using KnowledgeGraph.Ingestion.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace KnowledgeGraph.Ingestion.Tests.Worker;

public sealed class IngestionWorkerTests : IAsyncDisposable
{
    /// <summary>Only guards against a hang; no test depends on how long anything takes.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(1);

    /// <summary>An article whose one relationship carries a long quote, so that a cut can fall inside it.</summary>
    private const string NewArticle = """
        entities:
          - { id: org:sjtu, type: UNIVERSITY, name: 上海交通大学, aliases: [上海交大] }
        relationships:
          - type: COOPERATES_WITH
            from: org:sjtu
            to: 华润集团
            validFrom: 2024
            evidence:
              - source: source:001
                quote: 完整证据句子第12条

        """;

    private readonly SeedFolder _seed = SeedFolder.WithSampleFacts();
    private readonly RecordingGraphStore _store = new();
    private readonly FakeTimeProvider _clock = new();
    private readonly CapturingLoggerProvider _logs = new();
    private readonly Channel<IngestionReport> _reports = Channel.CreateUnbounded<IngestionReport>();
    private ServiceProvider? _services;
    private IngestionWorker? _worker;

    [Fact]
    public async Task It_ingests_the_folder_when_the_host_starts()
    {
        var worker = await StartAsync(watch: false);

        var report = await NextReportAsync();
        await worker.ExecuteTask!.WaitAsync(HangGuard, TestContext.Current.CancellationToken);

        report.Outcome.Should().Be(IngestionOutcome.Applied);
        (await _store.SnapshotAsync()).Entities.Should().HaveCount(5);
        _logs.Entries.Should().Contain(e => e.Level == LogLevel.Information && e.Message.StartsWith($"Ingested {_seed.Path} (2 files, Applied)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_bad_file_is_logged_with_its_place_and_the_store_is_left_alone()
    {
        _seed.Edit("articles/001.yaml", "date: 2024", "date: 2024-13");
        var worker = await StartAsync(watch: false);

        var report = await NextReportAsync();
        await worker.ExecuteTask!.WaitAsync(HangGuard, TestContext.Current.CancellationToken);

        report.Outcome.Should().Be(IngestionOutcome.Invalid);
        worker.ExecuteTask.IsCompletedSuccessfully.Should().BeTrue();
        _store.Applied.Should().BeEmpty();
        _logs.Entries.Should().Contain(e => e.Level == LogLevel.Error
            && e.Message.StartsWith($"{_seed.Path}/articles/001.yaml:19:11: 'date' is not a real date", StringComparison.Ordinal));
    }

    [Fact]
    public async Task After_a_bad_file_it_keeps_watching_and_ingests_the_fix_once_the_folder_is_quiet()
    {
        _seed.Edit("articles/001.yaml", "date: 2024", "date: 2024-13");
        var worker = await StartAsync(watch: true);
        (await NextReportAsync()).Outcome.Should().Be(IngestionOutcome.Invalid);

        _seed.Edit("articles/001.yaml", "date: 2024-13", "date: 2024");
        worker.OnFolderChanged();
        var report = await AdvanceUntilReportAsync();

        report.Outcome.Should().Be(IngestionOutcome.Applied);
        worker.ExecuteTask!.IsCompleted.Should().BeFalse("the worker is still watching");
        (await _store.SnapshotAsync()).Relationships.Should().HaveCount(3);
    }

    [Fact]
    public async Task A_run_that_crashes_is_reported_as_failed_and_the_next_change_is_tried_again()
    {
        var worker = await StartAsync(watch: true, store: _ => throw new InvalidOperationException("the store is not configured"));

        var first = await NextReportAsync();
        worker.OnFolderChanged();
        var second = await AdvanceUntilReportAsync();

        first.Should().BeEquivalentTo(new { Outcome = IngestionOutcome.Failed, Failure = "ingestion crashed: the store is not configured" });
        second.Outcome.Should().Be(IngestionOutcome.Failed);
        _logs.Entries.Should().Contain(e => e.Level == LogLevel.Error && e.Message.Contains("crashed; the next change to the folder will try again", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_written_to_the_watched_folder_is_ingested()
    {
        var worker = await StartAsync(watch: true, time: TimeProvider.System, debounce: TimeSpan.FromMilliseconds(50), settle: TimeSpan.FromMilliseconds(50));
        (await NextReportAsync()).Outcome.Should().Be(IngestionOutcome.Applied);

        _seed.Write("articles/002.yaml", "entities:\n  - { id: org:sjtu, type: UNIVERSITY, name: 上海交通大学, aliases: [上海交大] }\n");

        // The watcher may see the file half-written; runs follow until one has read the whole file.
        while (!(await _store.SnapshotAsync()).Entities.Any(e => e.Id == "org:sjtu"))
        {
            await NextReportAsync();
        }

        worker.ExecuteTask!.IsCompleted.Should().BeFalse();
    }

    [Theory]
    [InlineData("a pause in the middle of a line")]
    [InlineData("a cut inside a quote")]
    public async Task A_file_written_in_part_is_not_published_until_it_is_written_whole(string cut)
    {
        var worker = await StartAsync(watch: true);
        (await NextReportAsync()).Outcome.Should().Be(IngestionOutcome.Applied);
        var whole = NewArticle;
        var part = cut == "a cut inside a quote" ? whole[..(whole.IndexOf("完整证据句子", StringComparison.Ordinal) + 5)] : whole[..(whole.Length / 2)];

        _seed.Write("articles/002.yaml", part);
        worker.OnFolderChanged();
        await AdvanceUntilAsync(() => LoggedWaitingFor("articles/002.yaml"));

        _store.Applied.Should().ContainSingle("nothing of the partial file is published");
        _seed.Write("articles/002.yaml", whole);
        worker.OnFolderChanged();
        var report = await AdvanceUntilReportAsync();

        report.Outcome.Should().Be(IngestionOutcome.Applied);
        (await _store.SnapshotAsync()).Relationships.Should().Contain(r => r.Evidence.Any(e => e.Quote == "完整证据句子第12条"));
    }

    [Fact]
    public async Task A_file_truncated_before_it_is_written_again_never_retracts_its_facts()
    {
        var worker = await StartAsync(watch: true);
        (await NextReportAsync()).Outcome.Should().Be(IngestionOutcome.Applied);
        var content = _seed.Read("articles/001.yaml");

        _seed.Write("articles/001.yaml", string.Empty);
        worker.OnFolderChanged();
        await AdvanceUntilAsync(() => LoggedWaitingFor("articles/001.yaml"));

        (await _store.SnapshotAsync()).Relationships.Should().HaveCount(3);
        _seed.Write("articles/001.yaml", content);
        worker.OnFolderChanged();
        (await AdvanceUntilReportAsync()).Outcome.Should().Be(IngestionOutcome.Unchanged);
        _store.Applied.Should().ContainSingle("the article never left the store");
    }

    [Fact]
    public async Task A_file_written_elsewhere_and_renamed_into_place_is_published_whole()
    {
        var worker = await StartAsync(watch: true);
        (await NextReportAsync()).Outcome.Should().Be(IngestionOutcome.Applied);

        _seed.Write("articles/.002.yaml.tmp", NewArticle);
        File.Move(Path.Join(_seed.Path, "articles/.002.yaml.tmp"), Path.Join(_seed.Path, "articles/002.yaml"));
        worker.OnFolderChanged();
        var report = await AdvanceUntilReportAsync();

        report.Outcome.Should().Be(IngestionOutcome.Applied);
        (await _store.SnapshotAsync()).Entities.Should().Contain(e => e.Id == "org:sjtu");
    }

    [Fact]
    public async Task The_folder_counts_as_stable_only_once_a_whole_settle_interval_passes_without_a_write()
    {
        var stability = new FolderStability(_clock, TimeSpan.FromSeconds(2));
        stability.Accept(_seed.Path);
        _seed.Write("articles/002.yaml", "entities:\n");

        var waiting = stability.WaitUntilStableAsync(_seed.Path, TestContext.Current.CancellationToken);
        _seed.Write("articles/002.yaml", NewArticle);
        _clock.Advance(TimeSpan.FromSeconds(2));
        await Task.Delay(TimeSpan.FromMilliseconds(50), TestContext.Current.CancellationToken);

        waiting.IsCompleted.Should().BeFalse("the file changed during the interval, so another one must pass");
        await AdvanceUntilAsync(() => waiting.IsCompleted);
        (await waiting).Should().BeEmpty();
    }

    [Fact]
    public void The_options_state_their_defaults()
    {
        var options = new IngestionOptions();

        options.Should().BeEquivalentTo(new { SeedFolder = "seed", Watch = true, Debounce = TimeSpan.FromMilliseconds(500), MaxFileBytes = 4 * 1024 * 1024 });
    }

    [Theory]
    [InlineData("", 500, "Ingestion:SeedFolder must name a folder")]
    [InlineData("seed", -1, "Ingestion:Debounce must not be negative")]
    public void Options_that_cannot_work_are_refused(string folder, int debounceMilliseconds, string expected)
    {
        using var services = new ServiceCollection()
            .AddKnowledgeGraphIngestion(o => (o.SeedFolder, o.Debounce) = (folder, TimeSpan.FromMilliseconds(debounceMilliseconds)))
            .BuildServiceProvider();

        var read = () => services.GetRequiredService<IOptions<IngestionOptions>>().Value;

        read.Should().Throw<OptionsValidationException>().WithMessage($"*{expected}*");
    }

    [Fact]
    public void Registration_adds_the_worker_and_the_pipeline_and_leaves_the_store_to_the_host()
    {
        var services = new ServiceCollection().AddKnowledgeGraphIngestion();

        services.Should().Contain(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(IngestionWorker));
        services.Should().Contain(d => d.ServiceType == typeof(IIngestionPipeline));
        services.Should().NotContain(d => d.ServiceType == typeof(IGraphStore));
    }

    public async ValueTask DisposeAsync()
    {
        if (_worker is not null)
        {
            await _worker.StopAsync(CancellationToken.None);
        }

        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        _seed.Dispose();
    }

    private async Task<IngestionWorker> StartAsync(bool watch, Func<IServiceProvider, IGraphStore>? store = null, TimeProvider? time = null, TimeSpan? debounce = null, TimeSpan? settle = null)
    {
        _services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(_logs))
            .AddSingleton(store ?? (_ => _store))
            .AddSingleton(time ?? _clock)
            .AddSingleton<IIngestionRunListener>(new ReportCollector(_reports.Writer))
            .AddKnowledgeGraphIngestion(o =>
            {
                o.SeedFolder = _seed.Path;
                o.Watch = watch;
                o.Debounce = debounce ?? o.Debounce;
                o.SettleTime = settle ?? o.SettleTime;
            })
            .BuildServiceProvider();
        _worker = _services.GetServices<IHostedService>().OfType<IngestionWorker>().Single();
        await _worker.StartAsync(CancellationToken.None);
        return _worker;
    }

    /// <summary>Moves the fake clock on in small steps until the worker reports a run: the debounce, then the settle interval.</summary>
    private async Task<IngestionReport> AdvanceUntilReportAsync()
    {
        await AdvanceUntilAsync(() => _reports.Reader.TryPeek(out _));
        return await NextReportAsync();
    }

    private async Task AdvanceUntilAsync(Func<bool> condition)
    {
        for (var step = 0; !condition(); step++)
        {
            step.Should().BeLessThan(10_000, "the worker should have acted within a few simulated minutes");
            _clock.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(TimeSpan.FromMilliseconds(2), TestContext.Current.CancellationToken);
        }
    }

    private bool LoggedWaitingFor(string file) =>
        _logs.Entries.Any(e => e.Level == LogLevel.Warning && e.Message.StartsWith($"Not ingesting {_seed.Path} yet: {file} ", StringComparison.Ordinal));

    private async Task<IngestionReport> NextReportAsync() =>
        await _reports.Reader.ReadAsync(TestContext.Current.CancellationToken).AsTask().WaitAsync(HangGuard, TestContext.Current.CancellationToken);
}

internal sealed class ReportCollector(System.Threading.Channels.ChannelWriter<IngestionReport> reports) : IIngestionRunListener
{
    public void Ingested(IngestionReport report) => reports.TryWrite(report);
}
