using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Storage;

/// <summary>
/// A breadth-first walk from some entities: layer by layer, the relationships touching the
/// layer (in the direction, of the types, holding in the window) taken in id order across the
/// whole layer; each entity is reached once, by the first of them that leads to it.
/// </summary>
/// <param name="StartIds">Where the walk starts (hops 0), in this order; unknown ids are skipped.</param>
/// <param name="Direction">Out: from an entity reached to the relationship's end; In: from its end back to its start; Both: either way.</param>
/// <param name="Types">Relationship types to walk along, or null for all.</param>
/// <param name="Window">The time window relationships must hold in; <see cref="TimeRange.Open"/> keeps all.</param>
/// <param name="MaxHops">The most relationships from a start; <see cref="int.MaxValue"/> walks the whole reachable part.</param>
/// <param name="StopTypes">Entity types that are reached but never walked on through (starts excepted), or null for none.</param>
public sealed record ReachQuery(
    IReadOnlyCollection<string> StartIds,
    Direction Direction,
    IReadOnlyCollection<string>? Types,
    TimeRange Window,
    int MaxHops,
    IReadOnlyCollection<string>? StopTypes = null);

/// <summary>An entity a walk reached.</summary>
/// <param name="Id">The entity.</param>
/// <param name="Type">Its type.</param>
/// <param name="Hops">How many relationships from the nearest start.</param>
/// <param name="ViaRelationshipId">The relationship it was first reached by, or null for a start.</param>
/// <param name="PreviousId">The entity on the other end of that relationship, one hop nearer a start, or null for a start.</param>
public sealed record ReachedEntity(string Id, string Type, int Hops, string? ViaRelationshipId, string? PreviousId);

/// <summary>
/// The neighbourhood of some entities: the relationships touching each breadth-first layer
/// (both directions), each once, by layer then id, until <paramref name="Limit"/> are kept.
/// </summary>
/// <param name="StartIds">Where to start; unknown ids are skipped.</param>
/// <param name="Depth">How many layers to go out.</param>
/// <param name="Types">Relationship types to follow, or null for all.</param>
/// <param name="Window">The time window relationships must hold in.</param>
/// <param name="Limit">The most relationships to keep.</param>
public sealed record NeighbourhoodQuery(
    IReadOnlyCollection<string> StartIds, int Depth, IReadOnlyCollection<string>? Types, TimeRange Window, int Limit);

/// <summary>The relationships of a neighbourhood in breadth-first order, with their evidence, each with its layer (1 for those touching a start).</summary>
/// <param name="Truncated">True when the limit cut off relationships that would have been kept.</param>
public sealed record Neighbourhood(IReadOnlyList<LayeredRelationship> Relationships, bool Truncated);

/// <summary>A relationship found at a layer of a walk.</summary>
public sealed record LayeredRelationship(Relationship Relationship, int Layer);

/// <summary>
/// Simple paths (no entity twice, no loops) between two different entities over relationships
/// of any direction: shortest first, paths of one length by their sequences of relationship
/// ids (ordinal), up to <paramref name="MaxHops"/> relationships, at most <paramref name="First"/>.
/// </summary>
public sealed record PathQuery(string FromId, string ToId, int MaxHops, IReadOnlyCollection<string>? Types, int First);

/// <summary>A path by ids: its entities from start to end, and the relationships between them.</summary>
public sealed record PathIds(IReadOnlyList<string> EntityIds, IReadOnlyList<string> RelationshipIds);

/// <summary>
/// A page of the relationships of each of some entities, in time order: by the relationship's
/// date, else its start of validity, else the earliest publication date of its evidence; those
/// with no time at all last; ties by id. A loop counts once.
/// </summary>
/// <param name="EntityIds">The entities whose relationships to list.</param>
/// <param name="Direction">Out: starting at the entity; In: ending at it; Both: either.</param>
/// <param name="Types">Relationship types to keep, or null for all.</param>
/// <param name="Role">The exact role to keep, or null for any.</param>
/// <param name="Window">The time window relationships must hold in.</param>
/// <param name="First">At most this many ids on each page, 0 or more.</param>
/// <param name="AfterId">Start after this relationship of the list, or null to start at its beginning.</param>
public sealed record RelationshipPageQuery(
    IReadOnlyCollection<string> EntityIds,
    Direction Direction,
    IReadOnlyCollection<string>? Types,
    string? Role,
    TimeRange Window,
    int First,
    string? AfterId = null);

/// <summary>One entity's page of relationship ids.</summary>
/// <param name="RelationshipIds">The ids on the page, in list order.</param>
/// <param name="TotalCount">How many relationships the whole list holds.</param>
/// <param name="HasMore">True when more follow the page.</param>
/// <param name="AfterFound">False when <see cref="RelationshipPageQuery.AfterId"/> was given but is not in the list (the page is then empty).</param>
public sealed record RelationshipIdPage(IReadOnlyList<string> RelationshipIds, int TotalCount, bool HasMore, bool AfterFound);
