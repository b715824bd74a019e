using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Core.Tests.Queries;

public sealed class RelationshipsForTests
{
    [Theory]
    [InlineData(null, Direction.Both, null, null, null, 100)]
    [InlineData(null, Direction.Out, null, null, null, 100)]
    [InlineData(null, Direction.In, null, null, null, 100)]
    [InlineData("HOLDS_POSITION", Direction.Out, "市委书记", null, null, 100)]
    [InlineData("PART_OF,LOCATED_IN", Direction.Both, null, null, null, 100)]
    [InlineData(null, Direction.Both, null, "2018", "2018", 100)]
    [InlineData(null, Direction.Both, null, "2024-10", null, 100)]
    [InlineData(null, Direction.Both, null, null, "2018-10", 100)]
    [InlineData(null, Direction.Both, null, null, null, 1)]
    [InlineData(null, Direction.Both, null, null, null, 0)]
    public async Task Every_entity_gets_the_page_it_gets_when_listed_alone(
        string? types, Direction direction, string? role, string? from, string? to, int first)
    {
        var service = await TestGraph.SampleAsync();
        var filter = new RelationshipFilter
        {
            Types = types?.Split(','),
            Direction = direction,
            Role = role,
            From = TestGraph.Date(from),
            To = TestGraph.Date(to),
        };
        var cancellationToken = TestContext.Current.CancellationToken;

        var pages = await service.RelationshipsForAsync(SampleGraph.Entities, filter, first, cancellationToken);

        pages.Keys.Should().BeEquivalentTo(SampleGraph.Entities.Select(entity => entity.Id));
        foreach (var entity in SampleGraph.Entities)
        {
            var alone = await service.RelationshipsAsync(entity, filter, first, after: null, cancellationToken);
            pages[entity.Id].Should().BeEquivalentTo(alone, options => options.WithStrictOrdering(), "the page of {0}", entity.Id);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("2018")]
    public async Task The_relationships_of_every_entity_cost_one_store_read_and_one_of_publication_dates(string? from)
    {
        var store = await SampleGraph.InMemoryAsync();
        var service = TestGraph.Over(store);
        var before = store.ReadCalls;

        var pages = await service.RelationshipsForAsync(
            SampleGraph.Entities, new RelationshipFilter { From = TestGraph.Date(from) }, cancellationToken: TestContext.Current.CancellationToken);

        pages.Values.Sum(page => page.TotalCount).Should().BePositive();
        (store.ReadCalls - before).Should().Be(2, "the relationships of all entities at once, then the publication dates they fall back on");
    }

    [Fact]
    public async Task A_relationship_between_two_listed_entities_is_on_the_page_of_each()
    {
        var service = await TestGraph.SampleAsync();
        var ends = SampleGraph.Entities.Where(entity => entity.Id is "person:chen-jinhu" or "person:zuo-ding").ToList();

        var pages = await service.RelationshipsForAsync(
            ends, new RelationshipFilter { Types = ["MET"] }, cancellationToken: TestContext.Current.CancellationToken);

        pages.Values.Select(page => page.Edges.Single().Node.Id).Should().Equal("rel:chen-meets-zuo", "rel:chen-meets-zuo");
    }

    [Fact]
    public async Task A_loop_is_listed_once_for_its_entity()
    {
        var graph = new TestGraph()
            .Entity("org:a", "COMPANY", "甲")
            .Rel("rel:a-cooperates-with-itself", "COOPERATES_WITH", "org:a", "org:a");
        var store = await graph.StoreAsync();
        var entities = await store.GetEntitiesAsync(["org:a"], TestContext.Current.CancellationToken);

        var pages = await TestGraph.Over(store).RelationshipsForAsync(entities, cancellationToken: TestContext.Current.CancellationToken);

        pages["org:a"].TotalCount.Should().Be(1);
    }

    [Fact]
    public async Task No_entities_get_no_pages_without_reading_the_store()
    {
        var store = await SampleGraph.InMemoryAsync();
        var before = store.ReadCalls;

        var pages = await TestGraph.Over(store).RelationshipsForAsync([], cancellationToken: TestContext.Current.CancellationToken);

        pages.Should().BeEmpty();
        store.ReadCalls.Should().Be(before);
    }

    [Theory]
    [InlineData(-1, null, null, "first")]
    [InlineData(1001, null, null, "first")]
    [InlineData(10, "2024", "2018", "from")]
    public async Task Bad_arguments_are_refused_before_the_store_is_read(int first, string? from, string? to, string argument)
    {
        var store = await SampleGraph.InMemoryAsync();
        var before = store.ReadCalls;
        var filter = new RelationshipFilter { From = TestGraph.Date(from), To = TestGraph.Date(to) };

        var list = () => TestGraph.Over(store).RelationshipsForAsync(SampleGraph.Entities, filter, first, TestContext.Current.CancellationToken);

        (await list.Should().ThrowAsync<QueryArgumentException>()).Which.ArgumentName.Should().Be(argument);
        store.ReadCalls.Should().Be(before);
    }
}
