using System.CommandLine;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Ingestion.Cli;
using KnowledgeGraph.Ingestion.Cli.Answers;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace KnowledgeGraph.Ingestion.Commands;

/// <summary>
/// <c>kg partners &lt;city&gt; &lt;linked-to&gt;</c>: people and organisations based in a city that
/// are linked to a place or organisation, nearest first, each with the chain of relationships
/// that links them and every link's evidence (e.g. <c>kg partners 深圳 武进</c>).
/// </summary>
internal sealed class PartnersCommand : IKgCommand
{
    private static readonly Dictionary<string, string> CliNames = new(StringComparer.Ordinal)
    {
        ["city"] = "<city>",
        ["linkedTo"] = "<linked-to>",
        ["maxHops"] = "--max-hops",
        ["types"] = "--type",
        ["from"] = "--from",
        ["to"] = "--to",
    };

    public Command Create(CliContext context)
    {
        var city = new Argument<string>("city") { Description = "Where the partners are based: a city or other place (深圳, Shenzhen, place:shenzhen)" };
        var linkedTo = new Argument<string>("linked-to") { Description = "What they are linked to, or anything inside it (武进, 常州高新区)" };
        var maxHops = CommonArguments.Count("--max-hops", "The most linking relationships, 1 to 6", 2);
        var types = CommonArguments.Types("Only partners of this type (default: people, organisations and funds); repeat for several");
        var window = new TimeWindowOptions();
        var query = new QueryOptions();
        var command = new Command("partners", "List who in a city is linked to a place or organisation, and through what") { city, linkedTo, maxHops, types };
        window.AddTo(command);
        query.AddTo(command);
        command.SetAction((parseResult, cancellationToken) =>
        {
            var (from, to) = window.Read(parseResult);
            return QueryRunner.RunAsync(
                context, "partners", query.Read(parseResult), CliNames,
                async (service, token) =>
                {
                    var partners = await service.PartnersAsync(
                        parseResult.GetRequiredValue(city), parseResult.GetRequiredValue(linkedTo), parseResult.GetValue(maxHops),
                        CommonArguments.ReadTypes(parseResult, types), from, to, token);
                    return await AnswerAsync(service, partners, token);
                },
                cancellationToken);
        });
        return command;
    }

    private static async Task<QueryAnswer> AnswerAsync(GraphQueryService service, IReadOnlyList<Partner> partners, CancellationToken cancellationToken)
    {
        var index = await RecordIndex.LoadAsync(
            service, [.. partners.SelectMany(p => p.Path.Relationships)], partners.SelectMany(p => p.Path.Nodes), cancellationToken);
        var json = new PartnersJson([.. partners.Select(p => new PartnerJson(EntityJson.Of(p.Entity), p.Hops, PathJson.Of(p.Path, index)))]);
        return new QueryAnswer(json, () => View(partners, index));
    }

    private static Rows View(IReadOnlyList<Partner> partners, RecordIndex index)
    {
        var parts = new List<IRenderable> { Summary(partners), Text.Empty };
        parts.AddRange(partners.Select((partner, i) => GraphViews.Path(
            $"{i + 1}. {GraphViews.Label(partner.Entity)} {partner.Entity.Type}, {Hops(partner.Hops)}", partner.Path, index)));
        return new Rows(parts);
    }

    private static Table Summary(IReadOnlyList<Partner> partners)
    {
        var table = new Table().AddColumns("#", "Partner", "Type", "Hops", "Linked through");
        table.Caption = new TableTitle(partners.Count == 1 ? "1 partner" : $"{partners.Count} partners");
        foreach (var (partner, i) in partners.Select((p, i) => (p, i)))
        {
            table.AddRow(
                new Text($"{i + 1}"),
                new Text(GraphViews.Label(partner.Entity)),
                new Text(partner.Entity.Type),
                new Text($"{partner.Hops}"),
                new Text(GraphViews.Chain(partner.Path)));
        }

        return table;
    }

    private static string Hops(int hops) => hops == 1 ? "1 hop" : $"{hops} hops";

    /// <summary><c>kg partners --json</c>: <c>{ "partners": [ { "entity", "hops", "path" } ] }</c>, nearest first.</summary>
    private sealed record PartnersJson(IReadOnlyList<PartnerJson> Partners);

    private sealed record PartnerJson(EntityJson Entity, int Hops, PathJson Path);
}
