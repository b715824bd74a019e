using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;

namespace KnowledgeGraph.Ingestion.Cli.Answers;

/// <summary>An entity as <c>--json</c> prints it, the same fields as the GraphQL <c>Entity</c> type.</summary>
internal sealed record EntityJson(string Id, string Type, string Name, string? NameEn, IReadOnlyList<string> Aliases, string? Note)
{
    public static EntityJson Of(Entity entity) => new(entity.Id, entity.Type, entity.Name, entity.NameEn, entity.Aliases, entity.Note);
}

/// <summary>An article; <c>publishedOn</c> is <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</summary>
internal sealed record SourceJson(string Id, string Title, string? Outlet, string? PublishedOn);

/// <summary>One proof of a relationship: the article and the quote from it.</summary>
internal sealed record EvidenceJson(SourceJson Source, string Quote);

/// <summary>An amount as the article states it, e.g. 20 亿 CNY; <c>text</c> holds the article's wording when it is not a plain number (近200亿元).</summary>
internal sealed record MoneyJson(decimal Value, string Unit, string Currency, bool Approximate, string? Text);

/// <summary>A relationship with both ends and its evidence; dates are partial dates as strings, absent ones null.</summary>
internal sealed record RelationshipJson(
    string Id,
    string Type,
    EntityJson From,
    EntityJson To,
    string? Role,
    string? Date,
    string? ValidFrom,
    string? ValidTo,
    MoneyJson? Amount,
    string? Note,
    IReadOnlyList<EvidenceJson> Evidence)
{
    public static RelationshipJson Of(Relationship relationship, RecordIndex index) => new(
        relationship.Id,
        relationship.Type,
        EntityJson.Of(index.Entity(relationship.FromId)),
        EntityJson.Of(index.Entity(relationship.ToId)),
        relationship.Role,
        relationship.Date?.ToString(),
        relationship.ValidFrom?.ToString(),
        relationship.ValidTo?.ToString(),
        relationship.Amount is { } amount ? new MoneyJson(amount.Value, amount.Unit, amount.Currency, amount.Approximate, amount.Text) : null,
        relationship.Note,
        [.. relationship.Evidence.Select(e => new EvidenceJson(Source(index.Source(e.SourceId)), e.Quote))]);

    private static SourceJson Source(Source source) => new(source.Id, source.Title, source.Outlet, source.PublishedOn?.ToString());
}

/// <summary>A walk: <c>nodes[i]</c> and <c>nodes[i + 1]</c> are the ends of <c>relationships[i]</c>, in either direction.</summary>
internal sealed record PathJson(int Length, IReadOnlyList<EntityJson> Nodes, IReadOnlyList<RelationshipJson> Relationships)
{
    public static PathJson Of(GraphPath path, RecordIndex index) =>
        new(path.Length, [.. path.Nodes.Select(EntityJson.Of)], [.. path.Relationships.Select(r => RelationshipJson.Of(r, index))]);
}
