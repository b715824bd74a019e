using System.CommandLine;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Ingestion.Cli;
using Spectre.Console;

namespace KnowledgeGraph.Ingestion.Commands;

/// <summary><c>kg stats</c>: how many entities, relationships and sources the store holds, by type.</summary>
internal sealed class StatsCommand : IKgCommand
{
    public Command Create(CliContext context)
    {
        var query = new QueryOptions();
        var command = new Command("stats", "Count the entities, relationships and sources in the store, by type");
        query.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => QueryRunner.RunAsync(
            context, "stats", query.Read(parseResult), new Dictionary<string, string>(StringComparer.Ordinal),
            async (service, token) =>
            {
                var stats = await service.StatsAsync(token);
                return new QueryAnswer(stats, () => View(stats));
            },
            cancellationToken));
        return command;
    }

    private static Columns View(GraphStats stats)
    {
        var totals = new Table().AddColumns("Kind", "Count");
        totals.AddRow("Entities", $"{stats.Entities}");
        totals.AddRow("Relationships", $"{stats.Relationships}");
        totals.AddRow("Sources", $"{stats.Sources}");
        return new Columns(totals, Counts("Entity type", stats.ByEntityType), Counts("Relationship type", stats.ByRelationType)) { Expand = false };
    }

    private static Table Counts(string heading, IReadOnlyList<TypeCount> counts)
    {
        var table = new Table().AddColumns(heading, "Count");
        foreach (var count in counts)
        {
            table.AddRow(count.Type, $"{count.Count}");
        }

        return table;
    }
}
