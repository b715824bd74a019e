using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Queries;

/// <summary>Which relationships of an entity to list. The default keeps them all.</summary>
public sealed record RelationshipFilter
{
    /// <summary>Relationship types to keep (schema names, e.g. <c>HOLDS_POSITION</c>), or null for all. Default: null.</summary>
    public IReadOnlyCollection<string>? Types { get; init; }

    /// <summary>Relationships starting at the entity, ending at it, or both. Default: <see cref="Direction.Both"/>.</summary>
    public Direction Direction { get; init; } = Direction.Both;

    /// <summary>Keep only relationships with exactly this role (e.g. <c>市委书记</c>), or null for any. Default: null.</summary>
    public string? Role { get; init; }

    /// <summary>The start of the time window (from the first day of this date), or null for an open start. Default: null.</summary>
    public PartialDate? From { get; init; }

    /// <summary>The end of the time window (up to the last day of this date), or null for an open end. Default: null.</summary>
    public PartialDate? To { get; init; }
}
