using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Storage;

/// <summary>
/// One ingestion run's writes. A store applies them in one transaction, deletes before
/// upserts: relationships, then entities, then sources are deleted; sources, then
/// entities, then relationships are upserted.
/// </summary>
public sealed record GraphChangeSet
{
    /// <summary>Sources to insert or replace.</summary>
    public IReadOnlyList<Source> UpsertSources { get; init; } = [];

    /// <summary>Entities to insert or replace.</summary>
    public IReadOnlyList<Entity> UpsertEntities { get; init; } = [];

    /// <summary>Relationships to insert or replace, with their evidence.</summary>
    public IReadOnlyList<Relationship> UpsertRelationships { get; init; } = [];

    /// <summary>Ids of relationships to retract.</summary>
    public IReadOnlyList<string> DeleteRelationshipIds { get; init; } = [];

    /// <summary>Ids of entities to retract; no kept relationship may still touch them.</summary>
    public IReadOnlyList<string> DeleteEntityIds { get; init; } = [];

    /// <summary>Ids of sources to retract; no kept evidence may still cite them.</summary>
    public IReadOnlyList<string> DeleteSourceIds { get; init; } = [];

    /// <summary>
    /// The content hash of the fact files the store matches once this change set is applied
    /// (<see cref="IGraphStore.ReadFactsContentHashAsync"/>), or null when it then matches no
    /// known state of them. Stored in the change set's own transaction, so that it can never
    /// name a state the graph is not in; every change set replaces it.
    /// </summary>
    public string? FactsContentHash { get; init; }

    /// <summary>True when applying it would change no source, entity or relationship.</summary>
    public bool IsEmpty =>
        UpsertSources.Count + UpsertEntities.Count + UpsertRelationships.Count
        + DeleteRelationshipIds.Count + DeleteEntityIds.Count + DeleteSourceIds.Count == 0;
}
