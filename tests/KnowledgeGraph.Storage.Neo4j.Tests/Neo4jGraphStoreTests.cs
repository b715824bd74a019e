using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Storage.Neo4j.Cypher;
using KnowledgeGraph.Storage.Neo4j.Tests.Fakes;

namespace KnowledgeGraph.Storage.Neo4j.Tests;

public sealed class Neo4jGraphStoreTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Initialisation_creates_the_schema_one_statement_at_a_time_then_waits_for_its_indexes()
    {
        var runner = new RecordingRunner();
        var store = new Neo4jGraphStore(runner, GraphSchema.Default, batchSize: 1000);

        await store.InitializeAsync(Ct);

        runner.Transactions.Should().OnlyContain(t => t.Statements.Count == 1);
        runner.Statements.Select(s => s.Text).Should().Equal([.. SchemaScript.Statements, CypherQueries.AwaitIndexes]);
        runner.Statements.Last().Parameters["seconds"].Should().Be(300L);
    }

    [Fact]
    public async Task The_readiness_probe_asks_the_server_for_nothing_but_an_answer()
    {
        var runner = new RecordingRunner();
        var store = new Neo4jGraphStore(runner, GraphSchema.Default, batchSize: 1000);

        await store.ProbeAsync(Ct);

        var probe = runner.Transactions.Should().ContainSingle().Subject;
        probe.AccessMode.Should().Be(AccessMode.Read);
        probe.Statements.Should().ContainSingle().Which.Text.Should().Be("RETURN 1");
    }

    [Fact]
    public void The_tests_against_a_real_server_share_one_collection_that_runs_alone()
    {
        Type[] live = [typeof(Neo4jGraphStoreConformanceTests), typeof(SeedEquivalenceTests)];

        live.Select(t => t.GetCustomAttributes(typeof(CollectionAttribute), inherit: false).Cast<CollectionAttribute>().SingleOrDefault()?.Name)
            .Should().AllBe(LiveServer.Name);
        typeof(LiveServer).GetCustomAttributes(typeof(CollectionDefinitionAttribute), inherit: false).Cast<CollectionDefinitionAttribute>()
            .Should().ContainSingle().Which.DisableParallelization.Should().BeTrue();
    }
}
