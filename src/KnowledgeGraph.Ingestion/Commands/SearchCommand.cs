using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Ingestion.Cli;
using KnowledgeGraph.Ingestion.Cli.Answers;
using Spectre.Console;

namespace KnowledgeGraph.Ingestion.Commands;

/// <summary><c>kg search &lt;text&gt; [--type T]... [--first N]</c>: entities whose names contain the text, best first.</summary>
internal sealed class SearchCommand : IKgCommand
{
    private static readonly Dictionary<string, string> CliNames = new(StringComparer.Ordinal)
    {
        ["text"] = "<text>",
        ["types"] = "--type",
        ["first"] = "--first",
    };

    public Command Create(CliContext context)
    {
        var text = new Argument<string>("text") { Description = "A name or part of one: Chinese, English or pinyin" };
        var types = CommonArguments.Types("Only entities of this type (e.g. COMPANY, PERSON); repeat for several");
        var first = CommonArguments.Count("--first", "At most this many hits, 1 to 100", 20);
        var query = new QueryOptions();
        var command = new Command("search", "Find entities by name or alias") { text, types, first };
        query.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => QueryRunner.RunAsync(
            context, "search", query.Read(parseResult), CliNames,
            async (service, token) => Answer(await service.SearchAsync(
                parseResult.GetRequiredValue(text), CommonArguments.ReadTypes(parseResult, types), parseResult.GetValue(first), token)),
            cancellationToken));
        return command;
    }

    private static QueryAnswer Answer(IReadOnlyList<SearchHit> hits) => new(
        new SearchJson([.. hits.Select(h => new SearchHitJson(EntityJson.Of(h.Entity), h.Score, h.Matched))]),
        () => View(hits));

    private static Table View(IReadOnlyList<SearchHit> hits)
    {
        var table = new Table().AddColumns("Name", "Type", "Id", "Matched", "Score");
        table.Caption = new TableTitle(hits.Count == 1 ? "1 entity" : $"{hits.Count} entities");
        foreach (var hit in hits)
        {
            table.AddRow(
                Markup.Escape(hit.Entity.Name),
                hit.Entity.Type,
                Markup.Escape(hit.Entity.Id),
                Markup.Escape(hit.Matched),
                hit.Score.ToString("0.00", CultureInfo.InvariantCulture));
        }

        return table;
    }

    /// <summary><c>kg search --json</c>: <c>{ "hits": [ { "entity", "score", "matched" } ] }</c>, best first.</summary>
    private sealed record SearchJson(IReadOnlyList<SearchHitJson> Hits);

    private sealed record SearchHitJson(EntityJson Entity, double Score, string Matched);
}
