using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Ingestion.Cli.Answers;

/// <summary>The entities at the ends of some relationships and the sources of their evidence, loaded in two reads, to print them with names and titles.</summary>
internal sealed class RecordIndex
{
    private readonly Dictionary<string, Entity> _entities;
    private readonly Dictionary<string, Source> _sources;

    private RecordIndex(Dictionary<string, Entity> entities, Dictionary<string, Source> sources)
    {
        _entities = entities;
        _sources = sources;
    }

    /// <param name="known">Entities already at hand (a path's nodes); only the others are read.</param>
    public static async Task<RecordIndex> LoadAsync(
        GraphQueryService query, IReadOnlyCollection<Relationship> relationships, IEnumerable<Entity> known, CancellationToken cancellationToken)
    {
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var entity in known)
        {
            entities.TryAdd(entity.Id, entity);
        }

        var missing = relationships.SelectMany(r => new[] { r.FromId, r.ToId }).Where(id => !entities.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var entity in await query.EntitiesAsync(missing, cancellationToken))
        {
            entities.TryAdd(entity.Id, entity);
        }

        var sourceIds = relationships.SelectMany(r => r.Evidence).Select(e => e.SourceId).Distinct(StringComparer.Ordinal).ToList();
        var sources = (await query.SourcesAsync(sourceIds, cancellationToken)).ToDictionary(s => s.Id, StringComparer.Ordinal);
        return new RecordIndex(entities, sources);
    }

    /// <exception cref="GraphStoreException">The store holds a relationship whose end it does not hold.</exception>
    public Entity Entity(string id) => _entities.TryGetValue(id, out var entity)
        ? entity
        : throw new GraphStoreException($"the store holds a relationship whose end '{id}' it does not hold", isTransient: false);

    /// <exception cref="GraphStoreException">The store holds evidence citing a source it does not hold.</exception>
    public Source Source(string id) => _sources.TryGetValue(id, out var source)
        ? source
        : throw new GraphStoreException($"the store holds evidence citing '{id}', a source it does not hold", isTransient: false);
}
