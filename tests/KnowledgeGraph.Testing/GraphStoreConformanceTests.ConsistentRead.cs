using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Testing;

public abstract partial class GraphStoreConformanceTests
{
    /// <summary>
    /// Why this store cannot pin a consistent read to one state (Neo4j keeps no snapshots), or
    /// null when it can. The tests that need a pinned state are skipped with it.
    /// </summary>
    protected virtual string? NoSnapshotReason => null;

    [Fact]
    public async Task Reads_in_a_consistent_read_keep_seeing_the_state_of_its_first_read()
    {
        var store = await PinnableStoreAsync();
        using (store.BeginConsistentRead())
        {
            (await store.GetStatsAsync(Ct)).Entities.Should().Be(2);
            await store.ApplyAsync(CooperationOfThree(), Ct);

            await ShouldSeeTwoCompaniesAsync(store);
        }

        await ShouldSeeThreeCooperatingAsync(store);
    }

    [Fact]
    public async Task A_consistent_read_takes_its_state_at_its_first_read_not_when_it_begins()
    {
        var store = await StoreWithAsync(TwoCompanies());
        using var read = store.BeginConsistentRead();
        await store.ApplyAsync(CooperationOfThree(), Ct);

        await ShouldSeeThreeCooperatingAsync(store);
    }

    [Fact]
    public async Task A_nested_consistent_read_joins_the_outer_one_and_does_not_end_it()
    {
        var store = await PinnableStoreAsync();
        using (store.BeginConsistentRead())
        {
            using (store.BeginConsistentRead())
            {
                (await store.GetStatsAsync(Ct)).Entities.Should().Be(2);
            }

            await store.ApplyAsync(CooperationOfThree(), Ct);

            await ShouldSeeTwoCompaniesAsync(store);
        }

        await ShouldSeeThreeCooperatingAsync(store);
    }

    [Fact]
    public async Task Reads_started_together_inside_a_consistent_read_all_see_its_state()
    {
        var store = await PinnableStoreAsync();
        using var read = store.BeginConsistentRead();
        (await store.GetStatsAsync(Ct)).Entities.Should().Be(2);
        await store.ApplyAsync(CooperationOfThree(), Ct);

        var counts = await Task.WhenAll(Enumerable.Range(0, 12).Select(async i => i % 2 == 0
            ? (await store.GetStatsAsync(Ct)).Entities
            : (await store.GetEntitiesAsync(["org:a", "org:b", "org:c"], Ct)).Count));

        counts.Should().AllBeEquivalentTo(2);
    }

    [Fact]
    public async Task A_consistent_read_does_not_pin_reads_of_another_flow()
    {
        var store = await PinnableStoreAsync();
        (await store.FindSearchCandidatesAsync("甲", null, 10, Ct)).Should().ContainSingle();
        using var read = store.BeginConsistentRead();
        (await store.GetStatsAsync(Ct)).Entities.Should().Be(2);
        await store.ApplyAsync(CooperationOfThree(), Ct);

        Task<IReadOnlyList<SearchCandidate>> elsewhere;
        using (ExecutionContext.SuppressFlow())
        {
            elsewhere = Task.Run(() => store.FindSearchCandidatesAsync("丙", null, 10, Ct), Ct);
        }

        (await elsewhere).Should().ContainSingle();
        await ShouldSeeTwoCompaniesAsync(store);
    }

    /// <summary>A store holding <see cref="TwoCompanies"/>, or a skip where consistent reads cannot be pinned.</summary>
    private async Task<IGraphStore> PinnableStoreAsync()
    {
        if (NoSnapshotReason is { } reason)
        {
            Assert.Skip(reason);
        }

        return await StoreWithAsync(TwoCompanies());
    }

    /// <summary>Renames 甲公司, adds 丙公司, and joins all three: a change every kind of read sees.</summary>
    private static GraphChangeSet CooperationOfThree() => new()
    {
        UpsertEntities = [Company("org:a", "甲集团"), Company("org:c", "丙公司")],
        UpsertRelationships =
        [
            Cooperation("rel:a-b", "org:a", "org:b", new Evidence("source:one", "甲乙合作")),
            Cooperation("rel:b-c", "org:b", "org:c", new Evidence("source:one", "乙丙合作")),
        ],
    };

    private static async Task ShouldSeeTwoCompaniesAsync(IGraphStore store)
    {
        (await store.GetEntitiesAsync(["org:a", "org:c"], Ct)).Select(e => e.Name).Should().Equal("甲公司");
        (await store.FindByNameAsync("甲集团", Ct)).Should().BeEmpty();
        (await store.FindSearchCandidatesAsync("丙", null, 10, Ct)).Should().BeEmpty();
        (await store.GetRelationshipsAsync(new RelationshipQuery(["org:b"], Direction.Both, null), Ct)).Should().BeEmpty();
        (await store.NeighbourhoodAsync(new NeighbourhoodQuery(["org:a"], 2, null, TimeRange.Open, 100), Ct)).Relationships.Should().BeEmpty();
        (await store.FindPathsAsync(new PathQuery("org:a", "org:c", 4, null, 10), Ct)).Should().BeEmpty();
        (await store.GetStatsAsync(Ct)).Relationships.Should().Be(0);
    }

    private static async Task ShouldSeeThreeCooperatingAsync(IGraphStore store)
    {
        (await store.GetEntitiesAsync(["org:a", "org:c"], Ct)).Select(e => e.Name).Should().Equal("甲集团", "丙公司");
        (await store.FindSearchCandidatesAsync("丙", null, 10, Ct)).Select(c => c.Entity.Id).Should().Equal("org:c");
        (await store.NeighbourhoodAsync(new NeighbourhoodQuery(["org:a"], 2, null, TimeRange.Open, 100), Ct))
            .Relationships.Select(r => r.Relationship.Id).Should().Equal("rel:a-b", "rel:b-c");
        (await store.FindPathsAsync(new PathQuery("org:a", "org:c", 4, null, 10), Ct))
            .Select(p => string.Join(' ', p.RelationshipIds)).Should().Equal("rel:a-b rel:b-c");
        (await store.GetStatsAsync(Ct)).Relationships.Should().Be(2);
    }
}
