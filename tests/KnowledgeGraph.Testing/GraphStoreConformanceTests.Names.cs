using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Testing;

/// <summary>Finding entities by exact name and search candidates by substring of the search key.</summary>
public abstract partial class GraphStoreConformanceTests
{
    [Theory]
    [InlineData("深圳市", "place:shenzhen")]
    [InlineData("深圳", "place:shenzhen")]
    [InlineData("Shenzhen", "place:shenzhen")]
    [InlineData("shenzhen", "place:shenzhen")]
    [InlineData("SHENZHEN", "place:shenzhen")]
    [InlineData("武进国家高新区", "park:wujin-hi-tech")]
    [InlineData("chen jinhu", "person:chen-jinhu")]
    [InlineData("深", null)]
    [InlineData("深圳市南山区", null)]
    [InlineData("chenjinhu", null)]
    [InlineData("Shenzhen ", null)]
    [InlineData("ＳＨＥＮＺＨＥＮ", null)]
    [InlineData("", null)]
    public async Task Finding_by_name_matches_a_whole_name_english_name_or_alias_ignoring_ascii_case(string name, string? expectedId)
    {
        var store = await SampleStoreAsync();

        var found = await store.FindByNameAsync(name, Ct);

        Ids(found).Should().Equal(expectedId is null ? [] : [expectedId]);
    }

    [Fact]
    public async Task Finding_by_name_returns_the_whole_entity()
    {
        var store = await SampleStoreAsync();

        var found = await store.FindByNameAsync("瑞声", Ct);

        ShouldBeSame(found, SampleGraph.Entities.Where(e => e.Id == "org:aac"));
    }

    [Fact]
    public async Task Finding_by_name_ignores_the_case_of_ascii_letters_only()
    {
        var store = await StoreWithAsync(new GraphChangeSet { UpsertEntities = [Company("org:apfel", "Äpfel GmbH") with { NameEn = "Ωmega" }] });

        (await store.FindByNameAsync("äPFEL gmbh", Ct)).Should().BeEmpty();
        (await store.FindByNameAsync("ωMEGA", Ct)).Should().BeEmpty();
        Ids(await store.FindByNameAsync("ÄpFEL GMBH", Ct)).Should().Equal("org:apfel");
    }

    [Fact]
    public async Task Entities_sharing_a_name_are_found_ordered_by_id()
    {
        var changes = new GraphChangeSet
        {
            UpsertEntities =
            [
                Company("org:c", "长江集团"),
                Company("org:a", "长江股份") with { Aliases = ["长江集团"] },
                Company("org:b", "长江实业") with { NameEn = "长江集团", Aliases = ["长江集团"] },
            ],
        };
        var store = await StoreWithAsync(changes);

        var found = await store.FindByNameAsync("长江集团", Ct);

        Ids(found).Should().Equal("org:a", "org:b", "org:c");
    }

    [Theory]
    [InlineData("武进", "park:wujin-hi-tech|武进国家高新区", "park:wujin-hi-tech|武进国家高新技术产业开发区", "park:wujin-hi-tech|武进高新区", "place:wujin|武进", "place:wujin|武进区")]
    [InlineData("深圳", "event:2024-shenzhen-trip|2024年常州经贸代表团赴深圳", "org:shenzhen-lab|深圳湾实验室", "place:shenzhen|深圳", "place:shenzhen|深圳市")]
    [InlineData("泉", "person:wang-quan|汪泉")]
    [InlineData("湾", "org:shenzhen-lab|深圳湾实验室")]
    [InlineData("高新区", "park:changzhou-hi-tech|常州高新区", "park:wujin-hi-tech|武进国家高新区", "park:wujin-hi-tech|武进高新区")]
    [InlineData("国家高新技术产业开发区", "park:changzhou-hi-tech|常州国家高新技术产业开发区", "park:wujin-hi-tech|武进国家高新技术产业开发区")]
    [InlineData("瑞声", "org:aac|瑞声", "org:aac|瑞声科技控股有限公司", "org:aac|瑞声集团", "org:aac-optics|瑞声光电科技（常州）有限公司")]
    [InlineData("瑞声集团", "org:aac|瑞声集团")]
    [InlineData("（常州）", "org:aac-optics|瑞声光电科技（常州）有限公司")]
    [InlineData("shenzhen", "org:shenzhen-lab|Shenzhen Bay Laboratory", "place:shenzhen|Shenzhen")]
    [InlineData("SHENZHEN", "org:shenzhen-lab|Shenzhen Bay Laboratory", "place:shenzhen|Shenzhen")]
    [InlineData("ＳＨＥＮＺＨＥＮ", "org:shenzhen-lab|Shenzhen Bay Laboratory", "place:shenzhen|Shenzhen")]
    [InlineData("bay lab", "org:shenzhen-lab|Shenzhen Bay Laboratory")]
    [InlineData("chenjinhu", "person:chen-jinhu|Chen Jinhu")]
    [InlineData("Chen Jinhu", "person:chen-jinhu|Chen Jinhu")]
    [InlineData("CHEN-JINHU", "person:chen-jinhu|Chen Jinhu")]
    [InlineData("nji", "person:chen-jinhu|Chen Jinhu")]
    [InlineData("2024年", "event:2024-shenzhen-trip|2024年常州经贸代表团赴深圳")]
    [InlineData("北京")]
    [InlineData("深圳湾实验室主任")]
    [InlineData("   ")]
    [InlineData("-·-")]
    [InlineData("")]
    public async Task Search_candidates_are_the_names_whose_key_contains_the_searched_key_ordered_by_entity_then_name(string text, params string[] expected)
    {
        var store = await SampleStoreAsync();

        var candidates = await store.FindSearchCandidatesAsync(text, null, 100, Ct);

        candidates.Select(c => $"{c.Entity.Id}|{c.Matched}").Should().Equal(expected);
    }

    [Fact]
    public async Task A_search_candidate_carries_the_whole_entity()
    {
        var store = await SampleStoreAsync();

        var candidates = await store.FindSearchCandidatesAsync("瑞声集团", null, 10, Ct);

        ShouldBeSame(candidates, [new SearchCandidate(SampleGraph.Entities.Single(e => e.Id == "org:aac"), "瑞声集团")]);
    }

    [Theory]
    [InlineData("CITY", "place:shenzhen|深圳", "place:shenzhen|深圳市")]
    [InlineData("DELEGATION,RESEARCH_INSTITUTE", "event:2024-shenzhen-trip|2024年常州经贸代表团赴深圳", "org:shenzhen-lab|深圳湾实验室")]
    [InlineData("PERSON")]
    [InlineData("")]
    public async Task Search_candidates_can_be_restricted_to_entity_types(string types, params string[] expected)
    {
        var store = await SampleStoreAsync();

        var candidates = await store.FindSearchCandidatesAsync("深圳", TypeList(types), 100, Ct);

        candidates.Select(c => $"{c.Entity.Id}|{c.Matched}").Should().Equal(expected);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task Search_candidates_stop_at_the_limit(int limit)
    {
        var store = await SampleStoreAsync();
        string[] all = ["event:2024-shenzhen-trip|2024年常州经贸代表团赴深圳", "org:shenzhen-lab|深圳湾实验室", "place:shenzhen|深圳", "place:shenzhen|深圳市"];

        var candidates = await store.FindSearchCandidatesAsync("深圳", null, limit, Ct);

        candidates.Select(c => $"{c.Entity.Id}|{c.Matched}").Should().Equal(all.Take(limit));
    }

    [Fact]
    public async Task A_name_given_twice_is_one_candidate()
    {
        var store = await StoreWithAsync(new GraphChangeSet { UpsertEntities = [Company("org:a", "新城") with { NameEn = "新城", Aliases = ["新城", "新城控股"] }] });

        var candidates = await store.FindSearchCandidatesAsync("新城", null, 10, Ct);

        candidates.Select(c => c.Matched).Should().Equal("新城", "新城控股");
    }

    [Fact]
    public async Task Names_that_share_a_key_are_separate_candidates()
    {
        var store = await StoreWithAsync(new GraphChangeSet { UpsertEntities = [new Entity("person:chen-jinhu", "PERSON", "陈金虎") { NameEn = "Chen Jinhu", Aliases = ["CHEN-JINHU", "chenjinhu"] }] });

        var candidates = await store.FindSearchCandidatesAsync("chen jin", null, 10, Ct);

        candidates.Select(c => c.Matched).Should().Equal("CHEN-JINHU", "Chen Jinhu", "chenjinhu");
    }

    [Theory]
    [InlineData("𠮷")]
    [InlineData("𠮷野")]
    [InlineData("𠮷野家")]
    [InlineData("野家")]
    public async Task Characters_outside_the_basic_plane_are_searched_like_any_other(string text)
    {
        var store = await StoreWithAsync(new GraphChangeSet { UpsertEntities = [Company("org:yoshinoya", "𠮷野家"), Company("org:other", "吉野家")] });

        var candidates = await store.FindSearchCandidatesAsync(text, null, 10, Ct);

        candidates.Select(c => c.Entity.Id).Should().Equal(text == "野家" ? ["org:other", "org:yoshinoya"] : ["org:yoshinoya"]);
    }
}
