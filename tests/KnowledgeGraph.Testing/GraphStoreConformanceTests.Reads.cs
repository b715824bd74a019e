using System.Globalization;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Testing;

/// <summary>Reading entities, relationships, sources and counts.</summary>
public abstract partial class GraphStoreConformanceTests
{
    private static readonly string[] SampleIdsInOrder =
    [
        "event:2024-shenzhen-trip", "industry:synthetic-biology", "org:aac", "org:aac-optics", "org:saiqiao", "org:shenzhen-lab",
        "park:changzhou-hi-tech", "park:wujin-hi-tech", "person:chen-jinhu", "person:wang-quan", "person:zuo-ding",
        "place:changzhou", "place:guangdong", "place:nanshan", "place:shenzhen", "place:wujin",
    ];

    [Fact]
    public async Task Entities_are_read_by_id_and_unknown_ids_are_skipped()
    {
        var store = await SampleStoreAsync();

        var entities = await store.GetEntitiesAsync(["place:wujin", "org:nowhere", "org:aac", "place:wujin"], Ct);

        entities.Should().BeEquivalentTo(SampleGraph.Entities.Where(e => e.Id is "place:wujin" or "org:aac"), options => options.WithStrictOrderingFor(e => e.Aliases));
    }

    [Fact]
    public async Task Reading_no_entity_ids_reads_nothing()
    {
        var store = await SampleStoreAsync();

        (await store.GetEntitiesAsync([], Ct)).Should().BeEmpty();
    }

    [Theory]
    [InlineData("person:chen-jinhu", Direction.Out, null, "rel:chen-leads-trip", "rel:chen-meets-zuo", "rel:chen-secretary")]
    [InlineData("person:chen-jinhu", Direction.In, null)]
    [InlineData("person:zuo-ding", Direction.In, null, "rel:chen-meets-zuo")]
    [InlineData("person:zuo-ding", Direction.Both, null, "rel:chen-meets-zuo", "rel:zuo-director")]
    [InlineData("place:changzhou", Direction.In, null, "rel:changzhou-park-in-changzhou", "rel:chen-secretary", "rel:wang-secretary", "rel:wujin-in-changzhou")]
    [InlineData("place:changzhou", Direction.In, "HOLDS_POSITION", "rel:chen-secretary", "rel:wang-secretary")]
    [InlineData("place:changzhou", Direction.Out, null)]
    [InlineData("place:shenzhen", Direction.Both, null, "rel:aac-in-shenzhen", "rel:nanshan-in-shenzhen", "rel:shenzhen-in-guangdong")]
    [InlineData("org:saiqiao,org:aac", Direction.Out, null, "rel:aac-in-shenzhen", "rel:aac-invests", "rel:saiqiao-focus", "rel:saiqiao-in-changzhou-park")]
    [InlineData("person:chen-jinhu,person:zuo-ding", Direction.Both, null, "rel:chen-leads-trip", "rel:chen-meets-zuo", "rel:chen-secretary", "rel:zuo-director")]
    [InlineData("event:2024-shenzhen-trip", Direction.Both, "VISITED,MET", "rel:trip-visits-lab", "rel:trip-visits-saiqiao")]
    [InlineData("event:2024-shenzhen-trip", Direction.Both, "")]
    [InlineData("org:nowhere", Direction.Both, null)]
    [InlineData("", Direction.Both, null)]
    public async Task Relationships_touching_a_frontier_are_read_by_direction_and_type_ordered_by_id(
        string entityIds, Direction direction, string? types, params string[] expected)
    {
        var store = await SampleStoreAsync();
        var query = new RelationshipQuery(TypeList(entityIds), direction, types is null ? null : TypeList(types));

        var relationships = await store.GetRelationshipsAsync(query, Ct);

        Ids(relationships).Should().Equal(expected);
    }

    [Fact]
    public async Task Relationships_are_read_whole()
    {
        var store = await SampleStoreAsync();

        var relationships = await store.GetRelationshipsAsync(new RelationshipQuery(["org:aac", "place:changzhou"], Direction.Both), Ct);

        ShouldBeSame(relationships, SampleGraph.Relationships
            .Where(r => r.FromId is "org:aac" or "place:changzhou" || r.ToId is "org:aac" or "place:changzhou")
            .OrderBy(r => r.Id, StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_large_frontier_is_read_in_one_call()
    {
        var source = Article("source:chain");
        var companies = Enumerable.Range(0, 1200).Select(i => Company(ChainId(i), $"公司{i}")).ToList();
        var links = Enumerable.Range(1, 1199)
            .Select(i => Cooperation($"rel:link-{i:0000}", ChainId(i - 1), ChainId(i), new Evidence(source.Id, $"第{i}句")))
            .ToList();
        var store = await StoreWithAsync(new GraphChangeSet { UpsertSources = [source], UpsertEntities = companies, UpsertRelationships = links });
        var allIds = companies.Select(c => c.Id).ToList();

        var entities = await store.GetEntitiesAsync(allIds, Ct);
        var relationships = await store.GetRelationshipsAsync(new RelationshipQuery(allIds, Direction.Out), Ct);

        entities.Should().HaveCount(1200);
        ShouldBeSame(relationships, links);
    }

    [Theory]
    [InlineData(null, 3, null, "event:2024-shenzhen-trip", "industry:synthetic-biology", "org:aac")]
    [InlineData("CITY,DISTRICT", 10, null, "place:changzhou", "place:nanshan", "place:shenzhen", "place:wujin")]
    [InlineData("CITY,DISTRICT", 2, "place:changzhou", "place:nanshan", "place:shenzhen")]
    [InlineData(null, 2, "org:aac", "org:aac-optics", "org:saiqiao")]
    [InlineData(null, 2, "org:b", "org:saiqiao", "org:shenzhen-lab")]
    [InlineData(null, 5, "place:wujin")]
    [InlineData(null, 0, null)]
    [InlineData("", 10, null)]
    [InlineData("TOWN", 10, null)]
    public async Task A_page_of_entities_is_ordered_by_id_after_a_given_id(string? types, int first, string? afterId, params string[] expected)
    {
        var store = await SampleStoreAsync();

        var page = await store.ListEntitiesAsync(new EntityPageQuery(types is null ? null : TypeList(types), first, afterId), Ct);

        Ids(page).Should().Equal(expected);
    }

    [Fact]
    public async Task A_negative_page_size_or_search_limit_is_refused()
    {
        var store = await SampleStoreAsync();

        var listing = () => store.ListEntitiesAsync(new EntityPageQuery(null, -1, null), Ct);
        var searching = () => store.FindSearchCandidatesAsync("深圳", null, -1, Ct);

        await listing.Should().ThrowAsync<ArgumentOutOfRangeException>();
        await searching.Should().ThrowAsync<ArgumentOutOfRangeException>();
    }

    [Fact]
    public async Task Paging_through_all_entities_reads_each_once_in_order()
    {
        var store = await SampleStoreAsync();
        var read = new List<Entity>();

        for (var page = await store.ListEntitiesAsync(new EntityPageQuery(null, 5, null), Ct);
             page.Count > 0;
             page = await store.ListEntitiesAsync(new EntityPageQuery(null, 5, page[^1].Id), Ct))
        {
            read.AddRange(page);
        }

        Ids(read).Should().Equal(SampleIdsInOrder);
        ShouldBeSame(read, SampleGraph.Entities.OrderBy(e => e.Id, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Ids_are_ordered_by_utf16_code_units_even_beyond_the_basic_plane()
    {
        var changes = new GraphChangeSet { UpsertEntities = [Company("org:（甲）", "甲"), Company("org:𠮷", "吉"), Company("org:z", "乙")] };
        var store = await StoreWithAsync(changes);

        var page = await store.ListEntitiesAsync(new EntityPageQuery(null, 10, null), Ct);
        var afterFirst = await store.ListEntitiesAsync(new EntityPageQuery(null, 10, "org:𠮷"), Ct);

        Ids(page).Should().Equal("org:z", "org:𠮷", "org:（甲）");
        Ids(afterFirst).Should().Equal("org:（甲）");
        Ids((await store.ReadSnapshotAsync(Ct)).Entities).Should().Equal("org:z", "org:𠮷", "org:（甲）");
    }

    [Fact]
    public async Task All_sources_are_read_ordered_by_id()
    {
        var store = await StoreWithAsync(new GraphChangeSet { UpsertSources = [Article("source:c"), Article("source:a"), Article("source:b")] });

        var sources = await store.GetSourcesAsync(null, Ct);

        sources.Select(s => s.Id).Should().Equal("source:a", "source:b", "source:c");
    }

    [Fact]
    public async Task Sources_are_read_by_id_ordered_by_id_and_unknown_ids_are_skipped()
    {
        var store = await SampleStoreAsync();

        var sources = await store.GetSourcesAsync([SampleGraph.Article2024.Id, "source:nowhere", SampleGraph.Article2018.Id], Ct);

        ShouldBeSame(sources, [SampleGraph.Article2018, SampleGraph.Article2024]);
    }

    [Fact]
    public async Task Reading_no_source_ids_reads_nothing()
    {
        var store = await SampleStoreAsync();

        (await store.GetSourcesAsync([], Ct)).Should().BeEmpty();
    }

    [Fact]
    public async Task Stats_count_everything_by_type_ordered_by_type_name()
    {
        var store = await SampleStoreAsync();

        var stats = await store.GetStatsAsync(Ct);

        stats.Should().BeEquivalentTo(new GraphStats(
            16,
            19,
            2,
            [
                new("CITY", 2), new("COMPANY", 3), new("DELEGATION", 1), new("DISTRICT", 2), new("INDUSTRY", 1),
                new("PARK", 2), new("PERSON", 3), new("PROVINCE", 1), new("RESEARCH_INSTITUTE", 1),
            ],
            [
                new("FOCUSES_ON", 1), new("HOLDS_POSITION", 3), new("INVESTED_IN", 1), new("LED_DELEGATION", 1), new("LOCATED_IN", 4),
                new("MET", 1), new("PART_OF", 5), new("SUBSIDIARY_OF", 1), new("VISITED", 2),
            ]), options => options.WithStrictOrdering());
    }

    [Fact]
    public async Task Stats_leave_out_types_with_nothing_left()
    {
        var store = await SampleStoreAsync();

        await store.ApplyAsync(new GraphChangeSet { DeleteRelationshipIds = ["rel:saiqiao-focus"], DeleteEntityIds = ["industry:synthetic-biology"] }, Ct);

        var stats = await store.GetStatsAsync(Ct);
        stats.ByEntityType.Select(c => c.Type).Should().NotContain("INDUSTRY");
        stats.ByRelationType.Select(c => c.Type).Should().NotContain("FOCUSES_ON");
        stats.Entities.Should().Be(15);
        stats.Relationships.Should().Be(18);
    }

    [Fact]
    public async Task Stats_of_an_empty_store_are_zero()
    {
        var store = await EmptyStoreAsync();

        var stats = await store.GetStatsAsync(Ct);

        stats.Should().BeEquivalentTo(new GraphStats(0, 0, 0, [], []));
    }

    private static string ChainId(int i) => string.Create(CultureInfo.InvariantCulture, $"org:chain-{i:0000}");
}
