using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>
/// Relationships returned together (a page, a path, a subgraph). The first resolver that needs
/// an end of any of them loads the ends of all of them, in one store call; the first that needs
/// a source of any evidence loads every cited source, in one more. Later resolvers, running
/// concurrently or not, await those same loads. Nothing loads when no end or source is asked for.
/// </summary>
internal sealed class RelationshipBatch
{
    private readonly GraphLoader _loader;
    private readonly Lazy<Task> _ends;
    private readonly Lazy<Task> _sources;

    public RelationshipBatch(GraphLoader loader, IReadOnlyList<Relationship> relationships)
    {
        _loader = loader;
        Relationships = relationships;
        _ends = new(() => loader.LoadEntitiesAsync(relationships.SelectMany(r => new[] { r.FromId, r.ToId })));
        _sources = new(() => loader.LoadSourcesAsync(relationships.SelectMany(r => r.Evidence).Select(e => e.SourceId)));
    }

    /// <summary>The relationships of the batch, in the order they were returned.</summary>
    public IReadOnlyList<Relationship> Relationships { get; }

    /// <summary>The relationships, each carrying this batch, as the sources of <c>Relationship</c> fields.</summary>
    public IReadOnlyList<Batched<Relationship>> Items => [.. Relationships.Select(With)];

    /// <summary>A value carrying this batch.</summary>
    public Batched<T> With<T>(T value) => new(value, this);

    /// <summary>An end of a relationship of the batch.</summary>
    public async Task<Entity> EndAsync(string entityId)
    {
        await _ends.Value.ConfigureAwait(false);
        return _loader.Entity(entityId);
    }

    /// <summary>A source cited by evidence of the batch.</summary>
    public async Task<Source> SourceAsync(string sourceId)
    {
        await _sources.Value.ConfigureAwait(false);
        return _loader.Source(sourceId);
    }
}

/// <summary>A result value (a relationship, an edge, a path) with the batch its relationships belong to.</summary>
internal sealed record Batched<T>(T Value, RelationshipBatch Batch);
