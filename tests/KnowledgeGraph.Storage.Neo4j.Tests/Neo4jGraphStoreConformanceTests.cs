using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Storage.Neo4j.Tests;

/// <summary>
/// The store conformance suite against a real Neo4j server, when <c>NEO4J_URI</c> (with
/// <c>NEO4J_USER</c>, <c>NEO4J_PASSWORD</c>, optionally <c>NEO4J_DATABASE</c> and
/// <c>NEO4J_API</c>, which runs the suite over either HTTP API) names one; each test is
/// reported as skipped otherwise. Every test starts by emptying the database, so point it at a
/// database that holds nothing else.
/// </summary>
[Collection(LiveServer.Name)]
public sealed class Neo4jGraphStoreConformanceTests : GraphStoreConformanceTests
{
    private static readonly Func<string, string?> Environment = System.Environment.GetEnvironmentVariable;

    protected override string? SkipReason => Environment(Neo4jEnvironment.UriVariable) is { Length: > 0 }
        ? null
        : $"no Neo4j server: set {Neo4jEnvironment.UriVariable} (and {Neo4jEnvironment.UserVariable}, {Neo4jEnvironment.PasswordVariable}) to run the Neo4j store against one";

    protected override string? NoSnapshotReason =>
        "Neo4j isolates transactions at read committed and keeps no snapshots, so a consistent read cannot be pinned to one state (the store's README, Consistency)";

    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        var store = Neo4jGraphStoreFactory.Create(Neo4jEnvironment.ReadOptions(Environment));
        await store.InitializeAsync(Ct);
        await EmptyAsync(store);
        return store;
    }

    protected override Task DisposeStoreAsync(IGraphStore store)
    {
        ((IDisposable)store).Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Retracts everything through the port itself, so that no Cypher lives outside the store.</summary>
    private static async Task EmptyAsync(IGraphStore store)
    {
        var snapshot = await store.ReadSnapshotAsync(Ct);
        await store.ApplyAsync(
            new GraphChangeSet
            {
                DeleteRelationshipIds = [.. snapshot.Relationships.Select(r => r.Id)],
                DeleteEntityIds = [.. snapshot.Entities.Select(e => e.Id)],
                DeleteSourceIds = [.. snapshot.Sources.Select(s => s.Id)],
            },
            Ct);
    }
}
