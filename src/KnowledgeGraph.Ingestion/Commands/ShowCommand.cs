using System.CommandLine;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Ingestion.Cli;
using KnowledgeGraph.Ingestion.Cli.Answers;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace KnowledgeGraph.Ingestion.Commands;

/// <summary>
/// <c>kg show &lt;ref&gt;</c>: one entity and its relationships, grouped by type, each with its
/// evidence; filtered by <c>--type</c>, <c>--direction</c>, <c>--role</c> and a time window, so
/// that "who held 市委书记 of 常州 in 2018" is <c>kg show 常州 --role 市委书记 --at 2018</c>.
/// </summary>
internal sealed class ShowCommand : IKgCommand
{
    private static readonly Dictionary<string, string> CliNames = new(StringComparer.Ordinal)
    {
        ["ref"] = "<ref>",
        ["types"] = "--type",
        ["direction"] = "--direction",
        ["role"] = "--role",
        ["from"] = "--from",
        ["to"] = "--to",
        ["first"] = "--first",
        ["after"] = "--after",
    };

    public Command Create(CliContext context)
    {
        var reference = new Argument<string>("ref") { Description = "The entity: an id (place:changzhou), a name (常州市) or an alias (常州, Changzhou)" };
        var types = CommonArguments.Types("Only relationships of this type (e.g. HOLDS_POSITION, MET); repeat for several");
        var direction = new Option<Direction>("--direction")
        {
            Description = "Relationships starting at the entity (out), ending at it (in), or both",
            DefaultValueFactory = _ => Direction.Both,
        };
        var role = new Option<string?>("--role") { Description = "Only relationships with exactly this role, e.g. 市委书记" };
        var window = new TimeWindowOptions();
        var first = CommonArguments.Count("--first", "At most this many relationships, 0 to 1000", 100);
        var after = new Option<string?>("--after") { Description = "Continue after this cursor, printed under a page that has more", HelpName = "cursor" };
        var query = new QueryOptions();
        var command = new Command("show", "Show an entity and its relationships with their evidence") { reference, types, direction, role, first, after };
        window.AddTo(command);
        query.AddTo(command);
        command.SetAction((parseResult, cancellationToken) =>
        {
            var (from, to) = window.Read(parseResult);
            var filter = new RelationshipFilter
            {
                Types = CommonArguments.ReadTypes(parseResult, types),
                Direction = parseResult.GetValue(direction),
                Role = parseResult.GetValue(role),
                From = from,
                To = to,
            };
            return QueryRunner.RunAsync(
                context, "show", query.Read(parseResult), CliNames,
                (service, token) => AnswerAsync(service, parseResult.GetRequiredValue(reference), filter, parseResult.GetValue(first), parseResult.GetValue(after), token),
                cancellationToken);
        });
        return command;
    }

    private static async Task<QueryAnswer> AnswerAsync(
        GraphQueryService service, string reference, RelationshipFilter filter, int first, string? after, CancellationToken cancellationToken)
    {
        var entity = await service.RequireAsync(reference, cancellationToken);
        var page = await service.RelationshipsAsync(entity, filter, first, after, cancellationToken);
        var relationships = page.Edges.Select(e => e.Node).ToList();
        var index = await RecordIndex.LoadAsync(service, relationships, [entity], cancellationToken);
        var json = new ShowJson(
            EntityJson.Of(entity),
            new ConnectionJson(
                page.TotalCount,
                new PageInfoJson(page.HasNextPage, page.EndCursor),
                [.. page.Edges.Select(e => new EdgeJson(e.Cursor, RelationshipJson.Of(e.Node, index)))]));
        return new QueryAnswer(json, () => View(entity, page, index));
    }

    private static Rows View(Entity entity, RelationshipPage page, RecordIndex index)
    {
        var parts = new List<IRenderable> { Facts(entity), Text.Empty };
        var total = page.TotalCount == 1 ? "1 relationship" : $"{page.TotalCount} relationships";
        var shown = page.Edges.Count == page.TotalCount ? total : $"{page.Edges.Count} of {total}";
        parts.Add(new Text(shown + (page.TotalCount == 0 ? "." : ", by type, each in time order (→ from this entity, ← to it):")));
        foreach (var group in page.Edges.Select(e => e.Node).GroupBy(r => r.Type).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            parts.Add(GraphViews.Heading($"{group.Key} ({group.Count()})"));
            parts.Add(GroupTable(entity, group, index));
        }

        if (page.HasNextPage)
        {
            parts.Add(new Text($"More follow: add --after {page.EndCursor}"));
        }

        return new Rows(parts);
    }

    private static Grid Facts(Entity entity)
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        grid.AddRow(new Markup("[bold]Name[/]"), new Markup($"[bold]{Markup.Escape(entity.Name)}[/]"));
        grid.AddRow("Type", entity.Type);
        grid.AddRow("Id", Markup.Escape(entity.Id));
        if (entity.NameEn is { } nameEn)
        {
            grid.AddRow("English", Markup.Escape(nameEn));
        }

        if (entity.Aliases.Count > 0)
        {
            grid.AddRow("Aliases", Markup.Escape(string.Join("、", entity.Aliases)));
        }

        if (entity.Note is { } note)
        {
            grid.AddRow("Note", Markup.Escape(note));
        }

        return grid;
    }

    private static Table GroupTable(Entity entity, IEnumerable<Relationship> relationships, RecordIndex index)
    {
        var table = new Table().AddColumns("With", "Details", "Evidence");
        foreach (var relationship in relationships)
        {
            var outgoing = string.Equals(relationship.FromId, entity.Id, StringComparison.Ordinal);
            var other = index.Entity(relationship.OtherEnd(entity.Id));
            table.AddRow(
                new Text($"{(outgoing ? "→" : "←")} {GraphViews.Label(other)}"),
                GraphViews.Details(relationship),
                GraphViews.Evidence(relationship, index));
        }

        return table;
    }

    /// <summary><c>kg show --json</c>: the entity and a page of its relationships, shaped like the GraphQL <c>RelationshipConnection</c>.</summary>
    private sealed record ShowJson(EntityJson Entity, ConnectionJson Relationships);

    private sealed record ConnectionJson(int TotalCount, PageInfoJson PageInfo, IReadOnlyList<EdgeJson> Edges);

    private sealed record PageInfoJson(bool HasNextPage, string? EndCursor);

    private sealed record EdgeJson(string Cursor, RelationshipJson Node);
}
