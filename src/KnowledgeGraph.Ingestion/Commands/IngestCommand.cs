using System.CommandLine;
using KnowledgeGraph.Ingestion.Cli;
using Spectre.Console;

namespace KnowledgeGraph.Ingestion.Commands;

/// <summary>
/// <c>kg ingest [folder] [--db path] [--articles dir] [--json]</c>: makes the store hold exactly
/// the folder's facts and prints what changed. Writes nothing when a file has an error, nor, with
/// <c>--articles</c>, when a quote is not in its article.
/// </summary>
internal sealed class IngestCommand : IKgCommand
{
    public Command Create(CliContext context)
    {
        var folder = CommonArguments.SeedFolder();
        var database = CommonArguments.Database();
        var articles = CommonArguments.Articles();
        var json = CommonArguments.Json();
        var command = new Command("ingest", "Write the fact files' facts to the graph store, retracting what the files no longer hold")
        {
            folder, database, articles, json,
        };
        command.SetAction((parseResult, cancellationToken) => IngestAsync(
            context,
            parseResult.GetRequiredValue(folder),
            parseResult.GetRequiredValue(database),
            parseResult.GetValue(articles),
            parseResult.GetValue(json),
            cancellationToken));
        return command;
    }

    private static async Task<int> IngestAsync(CliContext context, string folder, string database, string? articles, bool json, CancellationToken cancellationToken)
    {
        await using var session = StoreSession.Open(context, "ingest", database, articles);
        if (session is null)
        {
            return ExitCodes.Failure;
        }

        var pipeline = session.Pipeline;
        var report = json
            ? await pipeline.IngestAsync(folder, cancellationToken)
            : await context.Console.Status().StartAsync($"Ingesting {folder}…", _ => pipeline.IngestAsync(folder, cancellationToken));
        if (json)
        {
            await context.Output.WriteLineAsync(ReportRenderer.ToJson(report));
        }
        else
        {
            ReportRenderer.Render(context, report);
        }

        return report.Outcome switch
        {
            IngestionOutcome.Applied or IngestionOutcome.Unchanged => ExitCodes.Success,
            IngestionOutcome.Invalid => ExitCodes.InvalidFacts,
            _ => ExitCodes.Failure,
        };
    }
}
