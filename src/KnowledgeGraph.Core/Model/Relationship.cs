namespace KnowledgeGraph.Core.Model;

/// <summary>
/// A typed, directed edge between two entities, with the evidence that proves it. Events
/// (a meeting, a signing) carry a <see cref="Date"/>; states (a position, a location) carry
/// <see cref="ValidFrom"/> and <see cref="ValidTo"/> when the sources give them.
/// </summary>
/// <param name="Id">The canonical id, <c>rel:</c> followed by a hash of the identity key unless the curator named it.</param>
/// <param name="Type">A relationship type of the graph schema, e.g. <c>HOLDS_POSITION</c>.</param>
/// <param name="FromId">The id of the entity the relationship starts at.</param>
/// <param name="ToId">The id of the entity the relationship ends at.</param>
public sealed record Relationship(string Id, string Type, string FromId, string ToId)
{
    /// <summary>The role on a position (市委书记, 董事长); null elsewhere.</summary>
    public string? Role { get; init; }

    /// <summary>When an event happened.</summary>
    public PartialDate? Date { get; init; }

    /// <summary>When a state began, when known.</summary>
    public PartialDate? ValidFrom { get; init; }

    /// <summary>When a state ended, when known.</summary>
    public PartialDate? ValidTo { get; init; }

    /// <summary>The amount of an investment or signed project, when the source states it clearly.</summary>
    public Money? Amount { get; init; }

    /// <summary>A curator's note, e.g. an amount the source garbles, kept as stated.</summary>
    public string? Note { get; init; }

    /// <summary>The sources and quotes that prove it; never empty once validated.</summary>
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];

    /// <summary>The entity at the other end from <paramref name="entityId"/>.</summary>
    public string OtherEnd(string entityId) => string.Equals(FromId, entityId, StringComparison.Ordinal) ? ToId : FromId;
}
