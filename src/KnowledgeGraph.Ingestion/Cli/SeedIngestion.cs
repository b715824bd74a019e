namespace KnowledgeGraph.Ingestion.Cli;

/// <summary>
/// What a query verb does with the fact folder before it answers. A question reads; it writes
/// only into an empty store, its first use, so that asking never costs an ingestion of a large
/// graph. Silent when the store matches the files; when they changed since, one line on the
/// error stream says so and how to bring the store up to date, and the answer on the output
/// stays clean for scripts.
/// </summary>
internal static class SeedIngestion
{
    /// <returns><see cref="ExitCodes.Success"/> when the question may be answered; otherwise the exit code to stop with.</returns>
    /// <exception cref="Core.Storage.GraphStoreException">The store failed.</exception>
    public static async Task<int> CheckAsync(CliContext context, string verb, IIngestionPipeline pipeline, string folder, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            await context.Error.WriteLineAsync(
                $"kg {verb}: the fact folder '{folder}' does not exist; name it with --seed, or answer from the store as it is with --no-ingest");
            return ExitCodes.Failure;
        }

        switch (await pipeline.CompareAsync(folder, cancellationToken))
        {
            case FolderStanding.UpToDate:
                return ExitCodes.Success;
            case FolderStanding.Differs:
                await context.Error.WriteLineAsync(
                    $"kg {verb}: {folder} has changed since the store was last brought up to date with it; answering from the store as it is (kg ingest {folder} brings it up to date)");
                return ExitCodes.Success;
            default:
                return await IngestFirstAsync(context, verb, pipeline, folder, cancellationToken);
        }
    }

    private static async Task<int> IngestFirstAsync(CliContext context, string verb, IIngestionPipeline pipeline, string folder, CancellationToken cancellationToken)
    {
        var report = await pipeline.IngestAsync(folder, cancellationToken);
        switch (report.Outcome)
        {
            case IngestionOutcome.Unchanged:
                return ExitCodes.Success;
            case IngestionOutcome.Applied:
                await context.Error.WriteLineAsync(
                    $"{folder}: ingested into the empty store first, {report.FilesRead} files (sources {Summary(report, RecordKind.Source)}, "
                    + $"entities {Summary(report, RecordKind.Entity)}, relationships {Summary(report, RecordKind.Relationship)}; added ~updated -retracted)");
                return ExitCodes.Success;
            case IngestionOutcome.Invalid:
                foreach (var error in report.Errors)
                {
                    await context.Error.WriteLineAsync(error.ToString());
                }

                await context.Error.WriteLineAsync(
                    $"kg {verb}: {folder} has {report.Errors.Count} errors, so the store was left as it was; fix them, or answer from the store as it is with --no-ingest");
                return ExitCodes.InvalidFacts;
            default:
                await context.Error.WriteLineAsync(
                    $"kg {verb}: could not bring the store up to date with {folder}: {report.Failure}");
                return ExitCodes.Failure;
        }
    }

    private static string Summary(IngestionReport report, RecordKind kind)
    {
        var total = report.Total(kind);
        return $"+{total.Added} ~{total.Updated} -{total.Retracted}";
    }
}
