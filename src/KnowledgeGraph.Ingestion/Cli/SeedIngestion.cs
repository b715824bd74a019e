namespace KnowledgeGraph.Ingestion.Cli;

/// <summary>
/// The ingestion a query verb runs first, so that the store answers from the fact files as they
/// are now. Silent when the store already matches them; otherwise one line (or the files'
/// errors) on the error stream, so that the answer on the output stays clean for scripts.
/// </summary>
internal static class SeedIngestion
{
    /// <returns><see cref="ExitCodes.Success"/> when the store now matches the files; otherwise the exit code to stop with.</returns>
    public static async Task<int> BringUpToDateAsync(CliContext context, string verb, IIngestionPipeline pipeline, string folder, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            await context.Error.WriteLineAsync(
                $"kg {verb}: the fact folder '{folder}' does not exist; name it with --seed, or answer from the store as it is with --no-ingest");
            return ExitCodes.Failure;
        }

        var report = await pipeline.IngestAsync(folder, cancellationToken);
        switch (report.Outcome)
        {
            case IngestionOutcome.Unchanged:
                return ExitCodes.Success;
            case IngestionOutcome.Applied:
                await context.Error.WriteLineAsync(
                    $"{folder}: brought the store up to date with {report.FilesRead} files (sources {Summary(report, RecordKind.Source)}, "
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
