using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Core.Queries;

/// <summary>Turns paths by id into paths with their entities and relationships.</summary>
internal static class PathDetails
{
    /// <summary>Fetches, in one call each, the entities and relationships of the paths not fetched yet.</summary>
    public static async Task LoadAsync(StoreReader reader, IReadOnlyCollection<PathIds> paths)
    {
        await reader.LoadEntitiesAsync(paths.SelectMany(p => p.EntityIds)).ConfigureAwait(false);
        await reader.LoadRelationshipsAsync(paths.SelectMany(p => p.RelationshipIds)).ConfigureAwait(false);
    }

    /// <summary>The path with its entities and relationships, all of which <paramref name="reader"/> must have loaded.</summary>
    public static GraphPath ToGraphPath(this PathIds path, StoreReader reader) =>
        new([.. path.EntityIds.Select(reader.Entity)], [.. path.RelationshipIds.Select(reader.Relationship)]);
}
