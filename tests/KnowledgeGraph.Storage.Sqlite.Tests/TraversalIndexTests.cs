using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

/// <summary>The in-memory indexes follow the database file, whoever writes to it.</summary>
public sealed class TraversalIndexTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task A_write_through_another_connection_is_seen_by_the_next_traversal_and_search()
    {
        var path = _directory.File("graph.db");
        using var reader = (SqliteGraphStore)SqliteGraphStoreFactory.Create(new SqliteGraphStoreOptions { FilePath = path });
        using var writer = (SqliteGraphStore)SqliteGraphStoreFactory.Create(new SqliteGraphStoreOptions { FilePath = path });
        await reader.InitializeAsync(Ct);
        await reader.ApplyAsync(SampleGraph.AsChangeSet(), Ct);
        var query = new ReachQuery(["org:aac"], Direction.Out, ["INVESTED_IN"], TimeRange.Open, 1);
        (await reader.ReachAsync(query, Ct)).Select(r => r.Id).Should().Equal("org:aac", "org:aac-optics");
        (await reader.FindSearchCandidatesAsync("瑞声", null, 10, Ct)).Should().NotBeEmpty();

        await writer.ApplyAsync(new GraphChangeSet
        {
            DeleteRelationshipIds = ["rel:aac-invests"],
            UpsertEntities = [new Entity("org:aac", "COMPANY", "声学科技")],
        }, Ct);

        (await reader.ReachAsync(query, Ct)).Select(r => r.Id).Should().Equal("org:aac");
        (await reader.FindSearchCandidatesAsync("瑞声", null, 10, Ct)).Select(c => c.Entity.Id).Should().Equal("org:aac-optics");
        (await reader.FindSearchCandidatesAsync("声学", null, 10, Ct)).Select(c => c.Entity.Id).Should().Equal("org:aac");
    }

    [Fact]
    public async Task A_traversal_of_a_store_whose_file_is_missing_reports_the_file()
    {
        var path = _directory.File("missing.db");
        using var store = (SqliteGraphStore)SqliteGraphStoreFactory.Create(new SqliteGraphStoreOptions { FilePath = path });

        var walk = () => store.ReachAsync(new ReachQuery(["org:aac"], Direction.Out, null, TimeRange.Open, 1), Ct);

        (await walk.Should().ThrowAsync<GraphStoreException>()).Which.Message.Should().Contain(path);
    }
}
