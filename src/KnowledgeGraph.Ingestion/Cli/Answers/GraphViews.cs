using System.Globalization;
using System.Text;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace KnowledgeGraph.Ingestion.Cli.Answers;

/// <summary>The pieces every query verb prints alike: entities, relationships, chains and evidence.</summary>
internal static class GraphViews
{
    /// <summary><c>陈金虎 (person:chen-jinhu)</c>.</summary>
    public static string Label(Entity entity) => $"{entity.Name} ({entity.Id})";

    /// <summary>A bold heading line, e.g. above each table of a list.</summary>
    public static IRenderable Heading(string text) => new Markup($"[bold]{Markup.Escape(text)}[/]");

    /// <summary>The walk as names and arrows: <c>陈金虎 —LED_DELEGATION→ 代表团 —VISITED→ 赛桥生物</c>; <c>←TYPE—</c> where the walk goes against a relationship.</summary>
    public static string Chain(GraphPath path)
    {
        var chain = new StringBuilder(path.Nodes[0].Name);
        for (var i = 0; i < path.Relationships.Count; i++)
        {
            var relationship = path.Relationships[i];
            var forward = string.Equals(relationship.FromId, path.Nodes[i].Id, StringComparison.Ordinal);
            chain.Append(forward ? $" —{relationship.Type}→ " : $" ←{relationship.Type}— ").Append(path.Nodes[i + 1].Name);
        }

        return chain.ToString();
    }

    /// <summary>One relationship in its own direction: <c>陈金虎 —HOLDS_POSITION→ 常州市</c>.</summary>
    public static string Step(Relationship relationship, RecordIndex index) =>
        $"{index.Entity(relationship.FromId).Name} —{relationship.Type}→ {index.Entity(relationship.ToId).Name}";

    /// <summary>When it happened or held: <c>2024-10</c>, <c>2018 –</c>, <c>– 2021</c>, <c>2016 – 2021</c>, or nothing when the sources give no time.</summary>
    private static string When(Relationship relationship) =>
        relationship.Date?.ToString() ?? (relationship.ValidFrom, relationship.ValidTo) switch
        {
            (null, null) => string.Empty,
            ({ } from, null) => $"{from} –",
            (null, { } to) => $"– {to}",
            ({ } from, { } to) => $"{from} – {to}",
        };

    /// <summary>
    /// What else there is to say about it, one item a line: its role and amount, when it happened
    /// or held, and the curator's note (dimmed); empty when the sources give none of these.
    /// </summary>
    public static IRenderable Details(Relationship relationship)
    {
        var lines = new List<string>();
        var roleAndAmount = string.Join(", ", new[] { relationship.Role, Amount(relationship.Amount) }.OfType<string>());
        if (roleAndAmount.Length > 0)
        {
            lines.Add(Markup.Escape(roleAndAmount));
        }

        if (When(relationship) is { Length: > 0 } when)
        {
            lines.Add(Markup.Escape(when));
        }

        if (relationship.Note is { } note)
        {
            lines.Add($"[dim]{Markup.Escape(note)}[/]");
        }

        return new Markup(string.Join('\n', lines));
    }

    /// <summary>Each quote, then the title and publication date of its article: <c>“quote”</c> over <c>《title》 2024-10</c>.</summary>
    public static IRenderable Evidence(Relationship relationship, RecordIndex index) =>
        new Rows(relationship.Evidence.Select(evidence =>
        {
            var source = index.Source(evidence.SourceId);
            var published = source.PublishedOn is { } date ? $" {date}" : string.Empty;
            return new Markup($"“{Markup.Escape(evidence.Quote)}”\n[dim]《{Markup.Escape(source.Title)}》{published}[/]");
        }));

    /// <summary>Relationships one per row, each in its own direction with its details, and its evidence.</summary>
    public static Table RelationshipTable(IEnumerable<Relationship> relationships, RecordIndex index)
    {
        var table = new Table().AddColumns("#", "Relationship", "Evidence");
        var number = 1;
        foreach (var relationship in relationships)
        {
            table.AddRow(
                new Text(number++.ToString(CultureInfo.InvariantCulture)),
                new Rows(new Text(Step(relationship, index)), Details(relationship)),
                Evidence(relationship, index));
        }

        return table;
    }

    /// <summary>An amount as the article words it, or as number, unit and currency: <c>20亿 CNY</c>, <c>≈30亿 CNY</c>.</summary>
    private static string? Amount(Money? amount) => amount is null
        ? null
        : amount.Text ?? $"{(amount.Approximate ? "≈" : string.Empty)}{amount.Value.ToString(CultureInfo.InvariantCulture)}{amount.Unit} {amount.Currency}";

    /// <summary>A walk: its chain of names, then its relationships with their evidence.</summary>
    public static IRenderable Path(string heading, GraphPath path, RecordIndex index) =>
        new Rows(Heading(heading), new Text(Chain(path)), RelationshipTable(path.Relationships, index), Text.Empty);
}
