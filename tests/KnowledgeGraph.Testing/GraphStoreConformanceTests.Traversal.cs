using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Testing;

/// <summary>The traversal primitives: reach, neighbourhood, paths and pages of relationships, order included.</summary>
public abstract partial class GraphStoreConformanceTests
{
    private static readonly string[] Containment = ["LOCATED_IN", "PART_OF"];

    private static readonly string[] RandomEntityTypes = ["CITY", "COMPANY", "PERSON"];

    private static readonly string[] RandomRelationTypes = ["COOPERATES_WITH", "HOLDS_POSITION", "INVESTED_IN", "LOCATED_IN", "MET", "PART_OF"];

    [Fact]
    public async Task Reach_walks_containment_inbound_layer_by_layer_keeping_the_first_relationship_by_id()
    {
        var store = await SampleStoreAsync();

        var reached = await store.ReachAsync(new ReachQuery(["place:changzhou"], Direction.In, Containment, TimeRange.Open, int.MaxValue), Ct);

        ShouldBeSame(reached, [
            new ReachedEntity("place:changzhou", "CITY", 0, null, null),
            new ReachedEntity("park:changzhou-hi-tech", "PARK", 1, "rel:changzhou-park-in-changzhou", "place:changzhou"),
            new ReachedEntity("place:wujin", "DISTRICT", 1, "rel:wujin-in-changzhou", "place:changzhou"),
            new ReachedEntity("org:saiqiao", "COMPANY", 2, "rel:saiqiao-in-changzhou-park", "park:changzhou-hi-tech"),
            new ReachedEntity("park:wujin-hi-tech", "PARK", 2, "rel:wujin-park-in-wujin", "place:wujin"),
            new ReachedEntity("org:aac-optics", "COMPANY", 3, "rel:aac-optics-in-wujin-park", "park:wujin-hi-tech"),
        ]);
    }

    [Fact]
    public async Task Reach_reaches_entities_of_stop_types_but_does_not_walk_on_through_them()
    {
        var store = await SampleStoreAsync();

        var reached = await store.ReachAsync(new ReachQuery(["person:chen-jinhu"], Direction.Both, null, TimeRange.Open, 2, ["CITY"]), Ct);

        reached.Select(r => (r.Id, r.Hops, r.ViaRelationshipId)).Should().Equal(
            ("person:chen-jinhu", 0, null),
            ("event:2024-shenzhen-trip", 1, "rel:chen-leads-trip"),
            ("person:zuo-ding", 1, "rel:chen-meets-zuo"),
            ("place:changzhou", 1, "rel:chen-secretary"),
            ("org:shenzhen-lab", 2, "rel:trip-visits-lab"),
            ("org:saiqiao", 2, "rel:trip-visits-saiqiao"));
    }

    [Fact]
    public async Task Reach_keeps_only_relationships_holding_in_the_window_and_skips_unknown_starts()
    {
        var store = await SampleStoreAsync();
        var day = PartialDate.Parse("2024-10-23");

        var reached = await store.ReachAsync(new ReachQuery(["org:nowhere", "person:chen-jinhu"], Direction.Both, null, new TimeRange(day, day), 3), Ct);

        // The meeting is on the day, the directorship holds from 2023 on, the visit in October
        // 2024; the secretary's post (undated, published the next day) and the trip's lead (the day before) do not.
        reached.Select(r => r.Id).Should().Equal("person:chen-jinhu", "person:zuo-ding", "org:shenzhen-lab", "event:2024-shenzhen-trip");
    }

    [Fact]
    public async Task A_neighbourhood_keeps_relationships_by_layer_then_id_and_says_when_the_limit_cut_it()
    {
        var store = await SampleStoreAsync();

        var cut = await store.NeighbourhoodAsync(new NeighbourhoodQuery(["event:2024-shenzhen-trip"], 2, null, TimeRange.Open, 3), Ct);
        var whole = await store.NeighbourhoodAsync(new NeighbourhoodQuery(["event:2024-shenzhen-trip"], 1, null, TimeRange.Open, 100), Ct);

        cut.Relationships.Select(r => (r.Relationship.Id, r.Layer)).Should().Equal(
            ("rel:chen-leads-trip", 1), ("rel:trip-visits-lab", 1), ("rel:trip-visits-saiqiao", 1));
        cut.Truncated.Should().BeTrue();
        whole.Relationships.Select(r => r.Relationship).Should().BeEquivalentTo(
            SampleGraph.Relationships.Where(r => r.Id is "rel:chen-leads-trip" or "rel:trip-visits-lab" or "rel:trip-visits-saiqiao"),
            options => options.WithStrictOrdering());
        whole.Truncated.Should().BeFalse();
    }

    [Theory]
    [InlineData(3, 5, null, "rel:chen-leads-trip,rel:trip-visits-lab", "rel:chen-meets-zuo,rel:zuo-director")]
    [InlineData(3, 1, null, "rel:chen-leads-trip,rel:trip-visits-lab")]
    [InlineData(3, 5, "MET,HOLDS_POSITION", "rel:chen-meets-zuo,rel:zuo-director")]
    [InlineData(1, 5, null)]
    public async Task Paths_come_shortest_first_then_by_their_relationship_ids(int maxHops, int first, string? types, params string[] expected)
    {
        var store = await SampleStoreAsync();

        var paths = await store.FindPathsAsync(
            new PathQuery("person:chen-jinhu", "org:shenzhen-lab", maxHops, types is null ? null : TypeList(types), first), Ct);

        paths.Select(p => string.Join(',', p.RelationshipIds)).Should().Equal(expected);
        foreach (var path in paths)
        {
            path.EntityIds.Should().HaveCount(path.RelationshipIds.Count + 1).And.StartWith("person:chen-jinhu").And.EndWith("org:shenzhen-lab");
        }
    }

    [Theory]
    [InlineData(null, 2, null, 4, true, "rel:wang-secretary", "rel:changzhou-park-in-changzhou")]
    [InlineData(null, 5, "rel:changzhou-park-in-changzhou", 4, false, "rel:chen-secretary", "rel:wujin-in-changzhou")]
    [InlineData("市委书记", 5, null, 2, false, "rel:wang-secretary", "rel:chen-secretary")]
    [InlineData("副书记", 5, null, 0, false)]
    [InlineData(null, 0, null, 4, true)]
    public async Task A_page_of_relationships_is_in_time_order_falling_back_on_publication_dates(
        string? role, int first, string? afterId, int total, bool hasMore, params string[] expected)
    {
        var store = await SampleStoreAsync();

        var pages = await store.PageRelationshipsAsync(
            new RelationshipPageQuery(["place:changzhou"], Direction.In, null, role, TimeRange.Open, first, afterId), Ct);

        ShouldBeSame([pages["place:changzhou"]], [new RelationshipIdPage(expected, total, hasMore, AfterFound: true)]);
    }

    [Fact]
    public async Task Pages_of_several_entities_come_at_once_and_an_unknown_cursor_is_told()
    {
        var store = await SampleStoreAsync();

        var pages = await store.PageRelationshipsAsync(
            new RelationshipPageQuery(["person:zuo-ding", "org:nowhere"], Direction.Both, null, null, TimeRange.Open, 10), Ct);
        var lost = await store.PageRelationshipsAsync(
            new RelationshipPageQuery(["person:zuo-ding"], Direction.Both, null, null, TimeRange.Open, 10, "rel:nowhere"), Ct);

        ShouldBeSame([pages["person:zuo-ding"], pages["org:nowhere"], lost["person:zuo-ding"]], [
            new RelationshipIdPage(["rel:zuo-director", "rel:chen-meets-zuo"], 2, HasMore: false, AfterFound: true),
            new RelationshipIdPage([], 0, HasMore: false, AfterFound: true),
            new RelationshipIdPage([], 2, HasMore: false, AfterFound: false),
        ]);
    }

    [Fact]
    public async Task Relationships_are_read_by_id_with_their_evidence_and_unknown_ids_are_skipped()
    {
        var store = await SampleStoreAsync();

        var relationships = await store.GetRelationshipsByIdAsync(["rel:aac-invests", "rel:nowhere", "rel:zuo-director"], Ct);

        relationships.OrderBy(r => r.Id, StringComparer.Ordinal).Should().BeEquivalentTo(
            SampleGraph.Relationships.Where(r => r.Id is "rel:aac-invests" or "rel:zuo-director").OrderBy(r => r.Id, StringComparer.Ordinal),
            options => options.WithStrictOrdering());
    }

    [Fact]
    public async Task Traversal_sees_a_change_as_soon_as_it_is_applied()
    {
        var store = await SampleStoreAsync();
        var query = new ReachQuery(["org:aac-optics"], Direction.Out, ["LOCATED_IN"], TimeRange.Open, 1);
        await store.ReachAsync(query, Ct);

        await store.ApplyAsync(new GraphChangeSet { DeleteRelationshipIds = ["rel:aac-optics-in-wujin-park"] }, Ct);

        (await store.ReachAsync(query, Ct)).Select(r => r.Id).Should().Equal("org:aac-optics");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task Every_primitive_answers_a_random_graph_as_the_layered_walk_over_plain_reads_does(int seed)
    {
        var store = await StoreWithAsync(RandomGraph(seed, entities: 40, relationships: 150));
        var random = new Random(seed);
        string Any() => $"e:{random.Next(40):00}";
        var windows = new[] { TimeRange.Open, new TimeRange(PartialDate.Parse("2019"), PartialDate.Parse("2021-06")), new TimeRange(null, PartialDate.Parse("2020")) };

        for (var question = 0; question < 12; question++)
        {
            var window = windows[question % windows.Length];
            string[]? types = question % 2 == 0 ? null : ["MET", "COOPERATES_WITH", "INVESTED_IN"];
            var direction = (Direction)(question % 3);
            var starts = new[] { Any(), Any() };

            var reach = new ReachQuery(starts, direction, types, window, 1 + (question % 4), question % 4 == 0 ? ["CITY"] : null);
            ShouldBeSame(await store.ReachAsync(reach, Ct), await LayeredTraversal.ReachAsync(store, reach, Ct));

            var neighbourhood = new NeighbourhoodQuery(starts, 1 + (question % 3), types, window, 5 + (question * 7));
            var found = await store.NeighbourhoodAsync(neighbourhood, Ct);
            var expected = await LayeredTraversal.NeighbourhoodAsync(store, neighbourhood, Ct);
            ShouldBeSame(found.Relationships, expected.Relationships);
            found.Truncated.Should().Be(expected.Truncated);

            var path = new PathQuery(starts[0], starts[0] == starts[1] ? "e:39" : starts[1], 2 + (question % 4), types, 1 + (question % 5) * 3);
            ShouldBeSame(await store.FindPathsAsync(path, Ct), await LayeredTraversal.FindPathsAsync(store, path, Ct));

            var page = new RelationshipPageQuery(starts, direction, types, question % 5 == 0 ? "主任" : null, window, 1 + question, null);
            var pages = await store.PageRelationshipsAsync(page, Ct);
            var expectedPages = await LayeredTraversal.PageRelationshipsAsync(store, page, Ct);
            ShouldBeSame(pages.OrderBy(p => p.Key, StringComparer.Ordinal), expectedPages.OrderBy(p => p.Key, StringComparer.Ordinal));
        }
    }

    /// <summary>
    /// A graph with hubs, loops, parallel relationships, dated, valid-from, valid-to and undated
    /// relationships whose sources have publication dates or none, from a fixed seed.
    /// </summary>
    private static GraphChangeSet RandomGraph(int seed, int entities, int relationships)
    {
        var random = new Random(seed);
        var sources = Enumerable.Range(0, 4)
            .Select(i => new Source($"s:{i}", $"文章{i}") { PublishedOn = i == 3 ? null : PartialDate.Create(2018 + i, 1 + i) })
            .ToList();
        var nodes = Enumerable.Range(0, entities)
            .Select(i => new Entity($"e:{i:00}", RandomEntityTypes[random.Next(RandomEntityTypes.Length)], $"实体{i}"))
            .ToList();
        var edges = Enumerable.Range(0, relationships).Select(i =>
        {
            // A third of the relationships touch one of the first three entities, so that they are hubs.
            var from = i % 3 == 0 ? random.Next(3) : random.Next(entities);
            var to = random.Next(10) == 0 ? from : random.Next(entities);
            var relationship = new Relationship($"r:{random.Next(1000):000}:{i}", RandomRelationTypes[random.Next(RandomRelationTypes.Length)], nodes[from].Id, nodes[to].Id)
            {
                Role = random.Next(6) == 0 ? "主任" : null,
                Evidence = [.. Enumerable.Range(0, 1 + random.Next(2)).Select(k => new Evidence(sources[random.Next(sources.Count)].Id, $"引文{i}-{k}"))],
            };
            return random.Next(4) switch
            {
                0 => relationship with { Date = PartialDate.Create(2017 + random.Next(6), 1 + random.Next(12)) },
                1 => relationship with { ValidFrom = PartialDate.Create(2017 + random.Next(6)) },
                2 => relationship with { ValidTo = PartialDate.Create(2017 + random.Next(6)) },
                _ => relationship,
            };
        }).ToList();
        return new GraphChangeSet { UpsertSources = sources, UpsertEntities = nodes, UpsertRelationships = edges };
    }
}
