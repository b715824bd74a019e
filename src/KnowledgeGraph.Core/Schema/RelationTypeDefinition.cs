namespace KnowledgeGraph.Core.Schema;

/// <summary>Whether a relationship type is a dated event or a state with a validity.</summary>
public enum Temporality
{
    /// <summary>Happened at a time: carries <c>date</c>.</summary>
    Event,

    /// <summary>Holds over a time: carries <c>validFrom</c> and <c>validTo</c>.</summary>
    State,
}

/// <summary>Whether a relationship type may, or must, carry an optional property.</summary>
public enum PropertyRule
{
    /// <summary>The property must be absent.</summary>
    Forbidden,

    /// <summary>The property may be given.</summary>
    Allowed,

    /// <summary>The property must be given.</summary>
    Required,
}

/// <summary>A relationship type of the graph schema.</summary>
/// <param name="Name">The type's name, e.g. <c>HOLDS_POSITION</c>; also its Neo4j relationship type and GraphQL enum value.</param>
/// <param name="Description">What the relationship states.</param>
/// <param name="FromTypes">The entity types it may start at.</param>
/// <param name="ToTypes">The entity types it may end at.</param>
/// <param name="Temporality">Event (a date) or state (a validity).</param>
public sealed record RelationTypeDefinition(
    string Name,
    string Description,
    IReadOnlySet<string> FromTypes,
    IReadOnlySet<string> ToTypes,
    Temporality Temporality)
{
    /// <summary>Whether <c>role</c> is forbidden, allowed or required. Default: forbidden.</summary>
    public PropertyRule Role { get; init; }

    /// <summary>Whether <c>amount</c> is forbidden, allowed or required. Default: forbidden.</summary>
    public PropertyRule Amount { get; init; }

    /// <summary>True for the edges that put something inside a place or park (located in, part of).</summary>
    public bool Containment { get; init; }

    /// <summary>True when the relationship reads the same both ways (met, cooperates with).</summary>
    public bool Symmetric { get; init; }

    /// <summary>True when an entity of <paramref name="fromType"/> may start and one of <paramref name="toType"/> may end it.</summary>
    public bool CanJoin(string fromType, string toType) => FromTypes.Contains(fromType) && ToTypes.Contains(toType);
}
