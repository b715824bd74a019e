using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Ingestion;
using KnowledgeGraph.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// The query service over the SQLite store with the repository's seed ingested: the service
/// calls behind each question of the API's load benchmark, without GraphQL or HTTP. What a
/// request costs beyond these is the engine's and the host's.
/// </summary>
[MemoryDiagnoser]
public class QueryServiceBenchmarks
{
    private DirectoryInfo _folder = null!;
    private IGraphStore _store = null!;
    private GraphQueryService _queries = null!;

    /// <summary>Ingests the seed into a new SQLite file in a temporary folder.</summary>
    [GlobalSetup]
    public async Task SetupAsync()
    {
        _folder = Directory.CreateTempSubdirectory("kg-benchmarks-");
        _store = SqliteGraphStoreFactory.Create(new SqliteGraphStoreOptions { FilePath = Path.Combine(_folder.FullName, "graph.db") });
        await _store.InitializeAsync(CancellationToken.None);
        using var services = new ServiceCollection().AddSingleton(_store).AddKnowledgeGraphIngestion().BuildServiceProvider();
        var report = await services.GetRequiredService<IIngestionPipeline>().IngestAsync(SeedFolder(), CancellationToken.None);
        if (report.Outcome != IngestionOutcome.Applied)
        {
            throw new InvalidOperationException($"the seed did not ingest: {report}");
        }

        _queries = new GraphQueryService(_store, GraphSchema.Default);
    }

    /// <summary>Closes the store and deletes its file.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        ((IDisposable)_store).Dispose();
        _folder.Delete(recursive: true);
    }

    /// <summary>The <c>entity</c> case: 常州, the first 20 of its relationships, then their ends and sources, as the data loaders fetch them.</summary>
    [Benchmark]
    public async Task<IReadOnlyList<Source>> Entity()
    {
        var city = await _queries.ResolveAsync("常州") ?? throw new InvalidOperationException("常州 is not in the seed");
        var page = (await _queries.RelationshipsForAsync([city], first: 20))[city.Id];
        var relationships = page.Edges.Select(edge => edge.Node).ToList();
        await _queries.EntitiesAsync([.. relationships.SelectMany(r => new[] { r.FromId, r.ToId }).Distinct(StringComparer.Ordinal)]);
        return await _queries.SourcesAsync([.. relationships.SelectMany(r => r.Evidence).Select(e => e.SourceId).Distinct(StringComparer.Ordinal)]);
    }

    /// <summary>The <c>partners</c> case: partners in 深圳 linked to 武进 within two hops, with their paths.</summary>
    [Benchmark]
    public Task<IReadOnlyList<Partner>> Partners() => _queries.PartnersAsync("深圳", "武进", maxHops: 2);

    /// <summary>The <c>paths</c> case: the shortest paths from 陈金虎 to 赛桥生物.</summary>
    [Benchmark]
    public Task<IReadOnlyList<GraphPath>> Paths() => _queries.PathsAsync("陈金虎", "赛桥生物");

    private static string SeedFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "KnowledgeGraph.sln")))
            {
                return Path.Combine(folder.FullName, "seed");
            }
        }

        throw new InvalidOperationException($"No KnowledgeGraph.sln above {AppContext.BaseDirectory}: run the benchmarks from their build output in the source tree.");
    }
}
