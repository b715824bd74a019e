using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Queries;

/// <summary>A person or organisation based in a city and linked to another entity.</summary>
/// <param name="Entity">The partner.</param>
/// <param name="Hops">How many non-containment relationships link it to the other entity or something inside it; 0 when it is itself inside the other entity.</param>
/// <param name="Path">
/// One shortest link, from the partner to the other entity itself: the <paramref name="Hops"/>
/// linking relationships, then the containment chain (located in, part of) from the entity
/// reached up to the other entity. <c>Path.Length</c> is therefore at least <paramref name="Hops"/>.
/// </param>
public sealed record Partner(Entity Entity, int Hops, GraphPath Path);
