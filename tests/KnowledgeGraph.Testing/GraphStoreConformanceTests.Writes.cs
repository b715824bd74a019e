using System.Globalization;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Testing;

/// <summary>Initialising, applying change sets and reading them back whole.</summary>
public abstract partial class GraphStoreConformanceTests
{
    [Fact]
    public async Task A_fresh_store_is_empty()
    {
        var store = await EmptyStoreAsync();

        var snapshot = await store.ReadSnapshotAsync(Ct);

        snapshot.Sources.Should().BeEmpty();
        snapshot.Entities.Should().BeEmpty();
        snapshot.Relationships.Should().BeEmpty();
    }

    [Fact]
    public async Task Initialising_again_keeps_the_data()
    {
        var store = await SampleStoreAsync();
        var before = await store.ReadSnapshotAsync(Ct);

        await store.InitializeAsync(Ct);
        await store.InitializeAsync(Ct);

        ShouldBeSame(await store.ReadSnapshotAsync(Ct), before);
    }

    [Fact]
    public async Task The_snapshot_holds_every_record_ordered_by_id()
    {
        var store = await SampleStoreAsync();

        var snapshot = await store.ReadSnapshotAsync(Ct);

        ShouldBeSame(snapshot.Sources, [SampleGraph.Article2018, SampleGraph.Article2024]);
        ShouldBeSame(snapshot.Entities, SampleGraph.Entities.OrderBy(e => e.Id, StringComparer.Ordinal));
        ShouldBeSame(snapshot.Relationships, SampleGraph.Relationships.OrderBy(r => r.Id, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_field_of_a_source_round_trips()
    {
        var full = new Source("source:full", "常州市与深圳市签约") { Outlet = "常州日报", PublishedOn = PartialDate.Parse("2024-10-22"), File = "001_常州.txt" };
        var bare = new Source("source:bare", "Bare title");
        var store = await StoreWithAsync(new GraphChangeSet { UpsertSources = [full, bare] });

        var sources = await store.GetSourcesAsync(null, Ct);

        ShouldBeSame(sources, [bare, full]);
        sources[0].Outlet.Should().BeNull();
        sources[0].PublishedOn.Should().BeNull();
        sources[0].File.Should().BeNull();
    }

    [Theory]
    [InlineData("2024")]
    [InlineData("2024-10")]
    [InlineData("2024-10-22")]
    public async Task A_partial_date_keeps_its_precision(string date)
    {
        var partial = PartialDate.Parse(date);
        var changes = TwoCompanies() with
        {
            UpsertSources = [Article("source:one") with { PublishedOn = partial }],
            UpsertRelationships =
            [
                Cooperation("rel:dated", "org:a", "org:b", new Evidence("source:one", "合作")) with { Date = partial, ValidFrom = partial, ValidTo = partial },
            ],
        };
        var store = await StoreWithAsync(changes);

        var snapshot = await store.ReadSnapshotAsync(Ct);

        var relationship = snapshot.Relationships.Single();
        new[] { relationship.Date, relationship.ValidFrom, relationship.ValidTo, snapshot.Sources.Single().PublishedOn }
            .Select(d => d?.ToString())
            .Should().Equal(date, date, date, date);
        relationship.Date.Should().Be(partial);
    }

    [Theory]
    [InlineData("7.5", "亿", "CNY", false, null)]
    [InlineData("20", "亿", "CNY", true, "近20亿元")]
    [InlineData("0.35", "万", "USD", false, "0.35万美元")]
    [InlineData("20.00", "元", "EUR", false, null)]
    public async Task An_amount_round_trips_exactly(string value, string unit, string currency, bool approximate, string? text)
    {
        var amount = new Money(decimal.Parse(value, CultureInfo.InvariantCulture), unit, currency) { Approximate = approximate, Text = text };
        var changes = TwoCompanies() with
        {
            UpsertRelationships =
            [
                new Relationship("rel:invests", "INVESTED_IN", "org:a", "org:b") { Amount = amount, Evidence = [new Evidence("source:one", "投资")] },
            ],
        };
        var store = await StoreWithAsync(changes);

        var stored = (await store.ReadSnapshotAsync(Ct)).Relationships.Single().Amount;

        stored.Should().Be(amount);
        stored!.Value.ToString(CultureInfo.InvariantCulture).Should().Be(value);
    }

    [Fact]
    public async Task Optional_fields_left_out_come_back_as_null()
    {
        var bare = new Relationship("rel:bare", "COOPERATES_WITH", "org:a", "org:b");
        var store = await StoreWithAsync(TwoCompanies() with { UpsertRelationships = [bare] });

        var snapshot = await store.ReadSnapshotAsync(Ct);

        ShouldBeSame(snapshot.Relationships, [bare]);
        ShouldBeSame(snapshot.Entities, [Company("org:a", "甲公司"), Company("org:b", "乙公司")]);
        snapshot.Entities[0].NameEn.Should().BeNull();
        snapshot.Entities[0].Note.Should().BeNull();
        snapshot.Entities[0].Aliases.Should().BeEmpty();
    }

    [Fact]
    public async Task Aliases_evidence_and_notes_keep_their_order_and_text()
    {
        var entity = new Entity("park:wujin-hi-tech", "PARK", "武进国家高新技术产业开发区")
        {
            NameEn = "Wujin National Hi-tech Zone",
            Aliases = ["武进高新区", "武进国家高新区", "Wujin Hi-tech Zone", "武进高新区（西区）"],
            Note = "「武进高新区」与「武进国家高新区」为同一园区；西区见 2018 年报道。",
        };
        var relationship = Cooperation(
            "rel:cooperates", "org:a", "park:wujin-hi-tech",
            new Evidence("source:z", "双方签署合作协议"),
            new Evidence("source:one", "“共建”创新中心"),
            new Evidence("source:z", "第三条引文")) with { Role = "合作方", Note = "金额原文不清：“近2O亿元”" };
        var changes = TwoCompanies() with
        {
            UpsertSources = [Article("source:one"), Article("source:z")],
            UpsertEntities = [Company("org:a", "甲公司"), entity],
            UpsertRelationships = [relationship],
        };
        var store = await StoreWithAsync(changes);

        var snapshot = await store.ReadSnapshotAsync(Ct);

        ShouldBeSame(snapshot.Entities.Single(e => e.Id == entity.Id).Aliases, entity.Aliases);
        ShouldBeSame(snapshot.Relationships, [relationship]);
    }

    [Fact]
    public async Task Upserting_an_entity_replaces_the_whole_record()
    {
        var store = await SampleStoreAsync();
        var replacement = new Entity("place:wujin", "DISTRICT", "武进区（新）");

        await store.ApplyAsync(new GraphChangeSet { UpsertEntities = [replacement] }, Ct);

        ShouldBeSame(await store.GetEntitiesAsync(["place:wujin"], Ct), [replacement]);
        (await store.FindByNameAsync("武进", Ct)).Should().BeEmpty();
        (await store.FindByNameAsync("Wujin", Ct)).Should().BeEmpty();
        (await store.FindSearchCandidatesAsync("wujin", null, 10, Ct)).Should().BeEmpty();
    }

    [Fact]
    public async Task Upserting_an_entity_keeps_the_relationships_that_touch_it()
    {
        var store = await SampleStoreAsync();

        await store.ApplyAsync(new GraphChangeSet { UpsertEntities = [new Entity("place:changzhou", "CITY", "常州")] }, Ct);

        (await store.GetRelationshipsAsync(new RelationshipQuery(["place:changzhou"]), Ct)).Should().HaveCount(4);
    }

    [Fact]
    public async Task Upserting_a_relationship_replaces_its_evidence_and_fields()
    {
        var original = Cooperation("rel:c", "org:a", "org:b", new Evidence("source:one", "第一句"), new Evidence("source:one", "第二句")) with { Note = "旧" };
        var store = await StoreWithAsync(TwoCompanies() with { UpsertRelationships = [original] });
        var replacement = Cooperation("rel:c", "org:b", "org:a", new Evidence("source:one", "第三句"));

        await store.ApplyAsync(new GraphChangeSet { UpsertRelationships = [replacement] }, Ct);

        ShouldBeSame((await store.ReadSnapshotAsync(Ct)).Relationships, [replacement]);
    }

    [Fact]
    public async Task Upserting_a_source_replaces_the_whole_record()
    {
        var store = await SampleStoreAsync();
        var replacement = new Source(SampleGraph.Article2018.Id, "新标题");

        await store.ApplyAsync(new GraphChangeSet { UpsertSources = [replacement] }, Ct);

        ShouldBeSame(await store.GetSourcesAsync([replacement.Id], Ct), [replacement]);
    }

    [Fact]
    public async Task Applying_the_same_change_set_twice_changes_nothing_the_second_time()
    {
        var store = await SampleStoreAsync();
        var once = await store.ReadSnapshotAsync(Ct);

        await store.ApplyAsync(SampleGraph.AsChangeSet(), Ct);

        ShouldBeSame(await store.ReadSnapshotAsync(Ct), once);
    }

    [Fact]
    public async Task An_empty_change_set_changes_nothing()
    {
        var store = await SampleStoreAsync();
        var before = await store.ReadSnapshotAsync(Ct);

        await store.ApplyAsync(new GraphChangeSet(), Ct);

        ShouldBeSame(await store.ReadSnapshotAsync(Ct), before);
    }

    [Fact]
    public async Task Deleting_a_relationship_removes_it_and_its_evidence()
    {
        var store = await SampleStoreAsync();

        await store.ApplyAsync(new GraphChangeSet { DeleteRelationshipIds = ["rel:wang-secretary"] }, Ct);

        var snapshot = await store.ReadSnapshotAsync(Ct);
        Ids(snapshot.Relationships).Should().NotContain("rel:wang-secretary").And.HaveCount(SampleGraph.Relationships.Count - 1);
        await store.ApplyAsync(new GraphChangeSet { DeleteSourceIds = [SampleGraph.Article2018.Id] }, Ct);
        (await store.GetSourcesAsync(null, Ct)).Should().ContainSingle().Which.Id.Should().Be(SampleGraph.Article2024.Id);
    }

    [Fact]
    public async Task Deleting_an_entity_with_its_relationships_in_one_change_set_succeeds()
    {
        var store = await SampleStoreAsync();
        var changes = new GraphChangeSet
        {
            DeleteRelationshipIds = ["rel:chen-secretary", "rel:chen-leads-trip", "rel:chen-meets-zuo"],
            DeleteEntityIds = ["person:chen-jinhu"],
        };

        await store.ApplyAsync(changes, Ct);

        (await store.GetEntitiesAsync(["person:chen-jinhu"], Ct)).Should().BeEmpty();
        (await store.FindByNameAsync("陈金虎", Ct)).Should().BeEmpty();
        (await store.FindSearchCandidatesAsync("陈金虎", null, 10, Ct)).Should().BeEmpty();
        (await store.GetStatsAsync(Ct)).Entities.Should().Be(SampleGraph.Entities.Count - 1);
    }

    [Fact]
    public async Task Deleting_a_source_with_the_relationships_citing_it_succeeds()
    {
        var store = await SampleStoreAsync();

        await store.ApplyAsync(new GraphChangeSet { DeleteRelationshipIds = ["rel:wang-secretary"], DeleteSourceIds = [SampleGraph.Article2018.Id] }, Ct);

        ShouldBeSame(await store.GetSourcesAsync(null, Ct), [SampleGraph.Article2024]);
    }

    [Fact]
    public async Task Deleting_ids_that_are_not_stored_changes_nothing()
    {
        var store = await SampleStoreAsync();
        var before = await store.ReadSnapshotAsync(Ct);

        await store.ApplyAsync(new GraphChangeSet { DeleteRelationshipIds = ["rel:none"], DeleteEntityIds = ["org:none"], DeleteSourceIds = ["source:none"] }, Ct);

        ShouldBeSame(await store.ReadSnapshotAsync(Ct), before);
    }

    [Fact]
    public async Task Deletes_run_before_upserts_so_a_record_can_be_retracted_and_written_again()
    {
        var store = await SampleStoreAsync();
        var rewritten = SampleGraph.Relationships.Single(r => r.Id == "rel:chen-secretary") with { Role = "市长" };

        await store.ApplyAsync(new GraphChangeSet { DeleteRelationshipIds = [rewritten.Id], UpsertRelationships = [rewritten] }, Ct);

        ShouldBeSame((await store.ReadSnapshotAsync(Ct)).Relationships.Where(r => r.Id == rewritten.Id), [rewritten]);
    }

    public static TheoryData<string, GraphChangeSet, string> RefusedChangeSets => new()
    {
        {
            "a relationship to a missing entity",
            new GraphChangeSet { UpsertRelationships = [Cooperation("rel:dangling", "org:saiqiao", "org:nowhere", new Evidence(SampleGraph.Article2024.Id, "合作"))] },
            "rel:dangling"
        },
        {
            "a relationship from a missing entity",
            new GraphChangeSet { UpsertRelationships = [Cooperation("rel:dangling", "org:nowhere", "org:saiqiao", new Evidence(SampleGraph.Article2024.Id, "合作"))] },
            "rel:dangling"
        },
        {
            "evidence citing a missing source",
            new GraphChangeSet { UpsertRelationships = [Cooperation("rel:uncited", "org:saiqiao", "org:aac", new Evidence("source:nowhere", "合作"))] },
            "rel:uncited"
        },
        {
            "deleting an entity a relationship still touches",
            new GraphChangeSet { DeleteEntityIds = ["org:saiqiao"] },
            "rel:saiqiao-"
        },
        {
            "deleting a source that evidence still cites",
            new GraphChangeSet { DeleteSourceIds = [SampleGraph.Article2018.Id] },
            "rel:wang-secretary"
        },
        {
            "a relationship whose entity the same change set deletes",
            new GraphChangeSet
            {
                DeleteRelationshipIds = ["rel:aac-optics-subsidiary", "rel:aac-optics-in-wujin-park", "rel:aac-invests"],
                DeleteEntityIds = ["org:aac-optics"],
                UpsertRelationships = [Cooperation("rel:late", "org:aac-optics", "org:aac", new Evidence(SampleGraph.Article2024.Id, "合作"))],
            },
            "rel:late"
        },
        {
            "good records alongside one bad relationship",
            new GraphChangeSet
            {
                UpsertSources = [Article("source:new")],
                UpsertEntities = [Company("org:new", "新公司")],
                UpsertRelationships =
                [
                    Cooperation("rel:good", "org:new", "org:aac", new Evidence("source:new", "合作")),
                    Cooperation("rel:bad", "org:new", "org:nowhere", new Evidence("source:new", "合作")),
                ],
                DeleteRelationshipIds = ["rel:chen-meets-zuo"],
            },
            "rel:bad"
        },
    };

    [Theory]
    [MemberData(nameof(RefusedChangeSets))]
    public async Task A_change_set_that_would_break_the_graph_is_refused_and_changes_nothing(string why, GraphChangeSet changes, string namedId)
    {
        var store = await SampleStoreAsync();
        var before = await store.ReadSnapshotAsync(Ct);

        var apply = () => store.ApplyAsync(changes, Ct);

        var refusal = await apply.Should().ThrowAsync<GraphStoreException>(because: why);
        refusal.Which.IsTransient.Should().BeFalse();
        refusal.Which.Message.Should().Contain(namedId);
        ShouldBeSame(await store.ReadSnapshotAsync(Ct), before);
    }

    [Fact]
    public async Task A_change_set_may_delete_a_source_whose_citations_it_moves_to_another()
    {
        var store = await StoreWithAsync(SampleGraph.AsChangeSet());
        var moved = SampleGraph.Relationships.Single(r => r.Id == "rel:wang-secretary")
            with { Evidence = [new Evidence(SampleGraph.Article2024.Id, "市委书记汪泉")] };

        await store.ApplyAsync(new GraphChangeSet { DeleteSourceIds = [SampleGraph.Article2018.Id], UpsertRelationships = [moved] }, Ct);

        var snapshot = await store.ReadSnapshotAsync(Ct);
        snapshot.Sources.Select(s => s.Id).Should().Equal(SampleGraph.Article2024.Id);
        snapshot.Relationships.Single(r => r.Id == "rel:wang-secretary").Evidence.Should().Equal(moved.Evidence);
    }
}
