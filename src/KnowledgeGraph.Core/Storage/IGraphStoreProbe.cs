namespace KnowledgeGraph.Core.Storage;

/// <summary>
/// A store that can tell whether it is reachable without reading any data, for readiness
/// probes: a store behind a network (Neo4j) offers it; an embedded one (SQLite) needs none.
/// </summary>
public interface IGraphStoreProbe
{
    /// <summary>Completes when the store answers a trivial request; throws <see cref="GraphStoreException"/> when it cannot be reached.</summary>
    Task ProbeAsync(CancellationToken cancellationToken);
}
