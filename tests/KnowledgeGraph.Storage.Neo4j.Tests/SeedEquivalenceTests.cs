using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Storage.Neo4j.Tests;

/// <summary>
/// The curated seed written into Neo4j and into SQLite gives the same stats, the same stored
/// facts and the same answers, when <c>NEO4J_URI</c> names a server (skipped otherwise), over
/// the HTTP API that <c>NEO4J_API</c> chooses. The database is emptied first, so point it at one
/// that holds nothing else.
/// </summary>
[Collection(LiveServer.Name)]
public sealed class SeedEquivalenceTests : IAsyncLifetime
{
    private static readonly Func<string, string?> Environment = System.Environment.GetEnvironmentVariable;
    private static readonly GraphSnapshot Seed = ReadSeed();

    private readonly string _folder = Directory.CreateTempSubdirectory("kg-seed-equivalence-").FullName;
    private IGraphStore? _neo4j;
    private IGraphStore? _sqlite;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        Assert.SkipWhen(string.IsNullOrEmpty(Environment(Neo4jEnvironment.UriVariable)),
            $"no Neo4j server: set {Neo4jEnvironment.UriVariable} (and {Neo4jEnvironment.UserVariable}, {Neo4jEnvironment.PasswordVariable}) to compare it with SQLite");
        _neo4j = Neo4jGraphStoreFactory.Create(Neo4jEnvironment.ReadOptions(Environment));
        _sqlite = SqliteGraphStoreFactory.Create(new SqliteGraphStoreOptions { FilePath = Path.Combine(_folder, "graph.db") });
        foreach (var store in new[] { _neo4j, _sqlite })
        {
            await store.InitializeAsync(Ct);
            await ReplaceEverythingWithSeedAsync(store);
        }
    }

    public ValueTask DisposeAsync()
    {
        (_neo4j as IDisposable)?.Dispose();
        (_sqlite as IDisposable)?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task Both_stores_count_the_same_and_hold_the_same_facts()
    {
        (await _neo4j!.GetStatsAsync(Ct)).Should().BeEquivalentTo(await _sqlite!.GetStatsAsync(Ct), o => o.WithStrictOrdering());
        (await _neo4j.ReadSnapshotAsync(Ct)).Should().BeEquivalentTo(await _sqlite.ReadSnapshotAsync(Ct), o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task Both_stores_give_the_same_answers_to_the_products_questions()
    {
        var answers = await Task.WhenAll(AnswersAsync(_neo4j!), AnswersAsync(_sqlite!));

        answers[0].Should().BeEquivalentTo(answers[1], o => o.WithStrictOrdering());
    }

    private static async Task<object[]> AnswersAsync(IGraphStore store)
    {
        var queries = new GraphQueryService(store, GraphSchema.Default);
        var secretary = new RelationshipFilter { Types = ["HOLDS_POSITION"], Role = "市委书记", From = PartialDate.Parse("2018"), To = PartialDate.Parse("2018") };
        return
        [
            await queries.PartnersAsync("深圳", "武进", cancellationToken: Ct),
            await queries.PartnersAsync("深圳", "常州高新区", maxHops: 3, cancellationToken: Ct),
            await queries.PathsAsync("陈金虎", "赛桥生物", cancellationToken: Ct),
            await queries.PathsAsync("汪泉", "江苏芯盛智能科技", cancellationToken: Ct),
            await queries.RelationshipsAsync("常州", secretary, cancellationToken: Ct),
            await queries.SearchAsync("合成生物", cancellationToken: Ct),
            await queries.SearchAsync("武进", cancellationToken: Ct),
            await queries.SearchAsync("chen jinhu", cancellationToken: Ct),
            await queries.SubgraphAsync(["武进"], depth: 2, from: PartialDate.Parse("2024"), cancellationToken: Ct),
        ];
    }

    private static async Task ReplaceEverythingWithSeedAsync(IGraphStore store)
    {
        var stored = await store.ReadSnapshotAsync(Ct);
        await store.ApplyAsync(
            new GraphChangeSet
            {
                DeleteRelationshipIds = [.. stored.Relationships.Select(r => r.Id)],
                DeleteEntityIds = [.. stored.Entities.Select(e => e.Id)],
                DeleteSourceIds = [.. stored.Sources.Select(s => s.Id)],
            },
            Ct);
        await store.ApplyAsync(
            new GraphChangeSet { UpsertSources = Seed.Sources, UpsertEntities = Seed.Entities, UpsertRelationships = Seed.Relationships },
            Ct);
    }

    private static GraphSnapshot ReadSeed()
    {
        var reader = new FactReader();
        var files = Directory.EnumerateFiles(Repository.Seed, "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path =>
            {
                using var content = File.OpenRead(path);
                return reader.Read(path, content);
            })
            .ToList();
        var result = new FactValidator(GraphSchema.Default).Validate(files);
        return result.IsValid ? result.Facts : throw new InvalidOperationException("seed/ is invalid: " + string.Join("; ", result.Errors));
    }
}
