using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace KnowledgeGraph.Ingestion.Cli;

/// <summary>An ingestion report as a table for people or as JSON for tools.</summary>
internal static class ReportRenderer
{
    public static string ToJson(IngestionReport report) => CliJson.Serialize(report);

    /// <summary>The counts as a table on the console; errors and outcome as plain lines, which must not wrap, on the output.</summary>
    public static void Render(CliContext context, IngestionReport report)
    {
        switch (report.Outcome)
        {
            case IngestionOutcome.Invalid:
                foreach (var error in report.Errors)
                {
                    context.Output.WriteLine(error.ToString());
                }

                context.Output.WriteLine($"{report.Folder}: {report.Errors.Count} errors; nothing was written.");
                break;
            case IngestionOutcome.Failed:
                context.Output.WriteLine($"{report.Folder}: {report.Failure}");
                break;
            default:
                context.Console.Write(CountsTable(report));
                context.Output.WriteLine(report.Outcome == IngestionOutcome.Applied
                    ? $"{report.Folder}: {report.FilesRead} files ingested; the changes were written in one batch."
                    : $"{report.Folder}: {report.FilesRead} files; the store already matched, nothing was written.");
                break;
        }
    }

    private static Table CountsTable(IngestionReport report)
    {
        var table = new Table().AddColumns("Kind", "Type", "Added", "Updated", "Retracted", "Unchanged");
        foreach (var kind in Enum.GetValues<RecordKind>())
        {
            foreach (var count in report.Counts.Where(c => c.Kind == kind))
            {
                table.AddRow(Row(count, new Style()));
            }

            table.AddRow(Row(report.Total(kind), new Style(decoration: Decoration.Bold)));
        }

        return table;
    }

    private static IRenderable[] Row(IngestionCount count, Style style) =>
    [
        new Text(count.Kind.ToString(), style),
        new Text(count.Type, style),
        Number(count.Added, style),
        Number(count.Updated, style),
        Number(count.Retracted, style),
        Number(count.Unchanged, style),
    ];

    private static Text Number(int value, Style style) => new(value.ToString(CultureInfo.InvariantCulture), style);
}
