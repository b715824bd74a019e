using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Core.Tests.Queries;

public sealed class PassthroughTests
{
    [Fact]
    public async Task Stats_are_the_store_counts()
    {
        var service = await TestGraph.SampleAsync();

        var stats = await service.StatsAsync(TestContext.Current.CancellationToken);

        stats.Entities.Should().Be(SampleGraph.Entities.Count);
        stats.Relationships.Should().Be(SampleGraph.Relationships.Count);
        stats.Sources.Should().Be(2);
        stats.ByRelationType.Should().ContainEquivalentOf(new { Type = "HOLDS_POSITION", Count = 3 });
    }

    [Fact]
    public async Task Sources_are_fetched_by_id_skipping_unknown_ones()
    {
        var service = await TestGraph.SampleAsync();

        var sources = await service.SourcesAsync(["source:a2024", "source:none", "source:a2018"], TestContext.Current.CancellationToken);

        sources.Should().Equal(SampleGraph.Article2018, SampleGraph.Article2024);
    }

    [Fact]
    public async Task Entities_are_fetched_by_id_in_id_order_skipping_unknown_ones()
    {
        var service = await TestGraph.SampleAsync();

        var entities = await service.EntitiesAsync(["place:wujin", "place:none", "org:aac"], TestContext.Current.CancellationToken);

        entities.Select(e => e.Id).Should().Equal("org:aac", "place:wujin");
    }

    [Fact]
    public async Task Asking_for_no_ids_asks_the_store_nothing()
    {
        var store = await SampleGraph.InMemoryAsync();
        var service = TestGraph.Over(store);
        var callsBefore = store.ReadCalls;

        var sources = await service.SourcesAsync([], TestContext.Current.CancellationToken);
        var entities = await service.EntitiesAsync([], TestContext.Current.CancellationToken);

        sources.Should().BeEmpty();
        entities.Should().BeEmpty();
        store.ReadCalls.Should().Be(callsBefore);
    }
}
