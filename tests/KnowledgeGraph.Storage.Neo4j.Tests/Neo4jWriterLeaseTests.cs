using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Neo4j.Cypher;
using KnowledgeGraph.Storage.Neo4j.Tests.Fakes;

namespace KnowledgeGraph.Storage.Neo4j.Tests;

public sealed class Neo4jWriterLeaseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_lease_is_taken_as_one_write_and_given_back_with_its_own_token()
    {
        var runner = new RecordingRunner { Answer = s => s.Text == CypherQueries.TakeWriterLease ? [[true, "me", "now"]] : [] };
        var store = new Neo4jGraphStore(runner, GraphSchema.Default, batchSize: 10);

        var lease = await store.AcquireWriterLeaseAsync("me", TimeSpan.Zero, Ct);
        await lease.DisposeAsync();

        runner.Transactions.Should().HaveCount(2).And.OnlyContain(t => t.AccessMode == AccessMode.Write);
        var take = runner.Transactions[0].Statements.Single();
        var properties = (IReadOnlyDictionary<string, object?>)take.Parameters["properties"]!;
        properties["holder"].Should().Be("me");
        ((long)properties["expiresAt"]!).Should().BeGreaterThan((long)take.Parameters["now"]!);
        var release = runner.Transactions[1].Statements.Single();
        release.Text.Should().Be(CypherQueries.ReleaseWriterLease);
        release.Parameters["token"].Should().Be(properties["token"]);
    }

    [Fact]
    public async Task A_lease_held_elsewhere_is_refused_after_the_wait_naming_its_holder_and_since_when()
    {
        var runner = new RecordingRunner { Answer = s => s.Text == CypherQueries.TakeWriterLease ? [[false, "ingestion on host-b, process 42", "2026-12-04 03:00:00Z"]] : [] };
        var store = new Neo4jGraphStore(runner, GraphSchema.Default, batchSize: 10);

        var take = () => store.AcquireWriterLeaseAsync("me", TimeSpan.Zero, Ct);

        var refusal = (await take.Should().ThrowAsync<GraphStoreException>()).Which;
        refusal.IsTransient.Should().BeFalse();
        refusal.Message.Should().Contain("ingestion on host-b, process 42, since 2026-12-04 03:00:00Z");
    }
}
