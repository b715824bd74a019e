using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Ingestion.Worker;

/// <summary>
/// Ingests the seed folder when the host starts and, when watching, again after each burst of
/// changes below it, once the files have settled and look written whole (<see cref="FolderStability"/>).
/// Runs never overlap: changes during a run queue one more run. A bad file or a failing store
/// is logged and leaves the store as it was; the worker keeps watching.
/// </summary>
internal sealed partial class IngestionWorker : BackgroundService
{
    private readonly IServiceScopeFactory _scopes;
    private readonly IngestionOptions _options;
    private readonly ILogger<IngestionWorker> _logger;
    private readonly Channel<bool> _requests = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly Debouncer _debouncer;
    private readonly IReadOnlyList<IIngestionRunListener> _listeners;
    private readonly FolderStability _stability;

    public IngestionWorker(
        IServiceScopeFactory scopes, IOptions<IngestionOptions> options, TimeProvider time,
        IEnumerable<IIngestionRunListener> listeners, ILogger<IngestionWorker> logger)
    {
        _scopes = scopes;
        _options = options.Value;
        _logger = logger;
        _listeners = [.. listeners];
        _debouncer = new Debouncer(time, _options.Debounce, RequestRun);
        _stability = new FolderStability(time, _options.SettleTime);
    }

    /// <summary>What the folder watcher calls on every change; runs follow once changes pause.</summary>
    internal void OnFolderChanged() => _debouncer.Signal();

    public override void Dispose()
    {
        _debouncer.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var watcher = _options.Watch ? Watch() : null;
        _stability.Accept(_options.SeedFolder);
        RequestRun();
        var atStart = true;
        await foreach (var _ in _requests.Reader.ReadAllAsync(stoppingToken))
        {
            // At start nothing is being written that a change event announced; after one, wait for the writer to finish.
            if (!atStart && !await FilesLookWholeAsync(stoppingToken))
            {
                continue;
            }

            atStart = false;
            await RunOnceAsync(stoppingToken);
            if (!_options.Watch)
            {
                return;
            }
        }
    }

    private void RequestRun() => _requests.Writer.TryWrite(true);

    private async Task<bool> FilesLookWholeAsync(CancellationToken stoppingToken)
    {
        var unfinished = await _stability.WaitUntilStableAsync(_options.SeedFolder, stoppingToken);
        if (unfinished.Count > 0)
        {
            LogWaitingForWholeFiles(_options.SeedFolder, string.Join(", ", unfinished));
        }

        return unfinished.Count == 0;
    }

    private FileSystemWatcher? Watch()
    {
        if (!Directory.Exists(_options.SeedFolder))
        {
            LogCannotWatch(_options.SeedFolder);
            return null;
        }

        var watcher = new FileSystemWatcher(_options.SeedFolder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += (_, _) => OnFolderChanged();
        watcher.Created += (_, _) => OnFolderChanged();
        watcher.Deleted += (_, _) => OnFolderChanged();
        watcher.Renamed += (_, _) => OnFolderChanged();
        // A lost event (buffer overflow) may hide any change, so ingest again to be sure.
        watcher.Error += (_, _) => OnFolderChanged();
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        IngestionReport report;
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            report = await scope.ServiceProvider.GetRequiredService<IIngestionPipeline>().IngestAsync(_options.SeedFolder, stoppingToken);
            Log(report);
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // Whatever broke this run (a store bug, a missing registration), the next change gets a fresh try.
            LogRunCrashed(e, _options.SeedFolder);
            report = new IngestionReport(_options.SeedFolder, 0, IngestionOutcome.Failed, [], [], $"ingestion crashed: {e.Message}");
        }

        foreach (var listener in _listeners)
        {
            listener.Ingested(report);
        }
    }

    private void Log(IngestionReport report)
    {
        switch (report.Outcome)
        {
            case IngestionOutcome.Invalid:
                LogInvalid(report.Folder, report.Errors.Count);
                foreach (var error in report.Errors)
                {
                    LogFactError(error.ToString());
                }

                break;
            case IngestionOutcome.Failed:
                LogFailed(report.Folder, report.Failure);
                break;
            default:
                var (sources, entities, relationships) = (report.Total(RecordKind.Source), report.Total(RecordKind.Entity), report.Total(RecordKind.Relationship));
                LogIngested(report.Folder, report.FilesRead, report.Outcome,
                    Summary(sources), Summary(entities), Summary(relationships));
                break;
        }
    }

    private static string Summary(IngestionCount count) =>
        $"+{count.Added} ~{count.Updated} -{count.Retracted} ={count.Unchanged}";

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Ingested {Folder} ({Files} files, {Outcome}): sources {Sources}, entities {Entities}, relationships {Relationships} (added ~updated -retracted =unchanged)")]
    private partial void LogIngested(string folder, int files, IngestionOutcome outcome, string sources, string entities, string relationships);

    [LoggerMessage(Level = LogLevel.Error, Message = "Did not ingest {Folder}: {ErrorCount} errors in the fact files; the store is unchanged")]
    private partial void LogInvalid(string folder, int errorCount);

    [LoggerMessage(Level = LogLevel.Error, Message = "{FactError}")]
    private partial void LogFactError(string factError);

    [LoggerMessage(Level = LogLevel.Error, Message = "Did not ingest {Folder}: {Failure}")]
    private partial void LogFailed(string folder, string? failure);

    [LoggerMessage(Level = LogLevel.Error, Message = "Ingesting {Folder} crashed; the next change to the folder will try again")]
    private partial void LogRunCrashed(Exception exception, string folder);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Not ingesting {Folder} yet: {Files} empty or ending mid-line, as if still being written; the store is unchanged until they end with a line break")]
    private partial void LogWaitingForWholeFiles(string folder, string files);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot watch {Folder}: it does not exist; restart once it does")]
    private partial void LogCannotWatch(string folder);
}
