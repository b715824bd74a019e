using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Testing;

/// <summary>
/// A small graph shaped like the seed articles (a Changzhou delegation in Shenzhen, a
/// position that changes hands, a company in a park), for store and query tests.
/// </summary>
public static class SampleGraph
{
    public static Source Article2018 { get; } = new("source:a2018", "汪泉率团赴北京") { Outlet = "常州日报", PublishedOn = PartialDate.Parse("2018-11") };

    public static Source Article2024 { get; } = new("source:a2024", "陈金虎率团赴深圳开展经贸洽谈活动") { PublishedOn = PartialDate.Parse("2024-10-24"), File = "001_x.txt" };

    public static IReadOnlyList<Entity> Entities { get; } =
    [
        new("place:guangdong", "PROVINCE", "广东省") { NameEn = "Guangdong", Aliases = ["广东"] },
        new("place:shenzhen", "CITY", "深圳市") { NameEn = "Shenzhen", Aliases = ["深圳"] },
        new("place:nanshan", "DISTRICT", "南山区") { NameEn = "Nanshan", Aliases = ["南山"] },
        new("place:changzhou", "CITY", "常州市") { NameEn = "Changzhou", Aliases = ["常州"] },
        new("place:wujin", "DISTRICT", "武进区") { NameEn = "Wujin", Aliases = ["武进"] },
        new("park:wujin-hi-tech", "PARK", "武进国家高新技术产业开发区") { Aliases = ["武进国家高新区", "武进高新区"] },
        new("park:changzhou-hi-tech", "PARK", "常州国家高新技术产业开发区") { Aliases = ["常州高新区"] },
        new("person:chen-jinhu", "PERSON", "陈金虎") { NameEn = "Chen Jinhu" },
        new("person:wang-quan", "PERSON", "汪泉") { NameEn = "Wang Quan" },
        new("person:zuo-ding", "PERSON", "左丁") { NameEn = "Zuo Ding" },
        new("org:shenzhen-lab", "RESEARCH_INSTITUTE", "深圳湾实验室") { NameEn = "Shenzhen Bay Laboratory" },
        new("org:saiqiao", "COMPANY", "赛桥生物") { Note = "full name not given" },
        new("org:aac", "COMPANY", "瑞声科技控股有限公司") { NameEn = "AAC Technologies", Aliases = ["瑞声", "瑞声集团"] },
        new("org:aac-optics", "COMPANY", "瑞声光电科技（常州）有限公司"),
        new("event:2024-shenzhen-trip", "DELEGATION", "2024年常州经贸代表团赴深圳"),
        new("industry:synthetic-biology", "INDUSTRY", "合成生物") { NameEn = "Synthetic biology", Aliases = ["合成生物学"] },
    ];

    public static IReadOnlyList<Relationship> Relationships { get; } =
    [
        Rel("rel:shenzhen-in-guangdong", "PART_OF", "place:shenzhen", "place:guangdong", "深圳"),
        Rel("rel:nanshan-in-shenzhen", "PART_OF", "place:nanshan", "place:shenzhen", "深圳南山"),
        Rel("rel:wujin-in-changzhou", "PART_OF", "place:wujin", "place:changzhou", "常州武进"),
        Rel("rel:wujin-park-in-wujin", "PART_OF", "park:wujin-hi-tech", "place:wujin", "武进国家高新区"),
        Rel("rel:changzhou-park-in-changzhou", "PART_OF", "park:changzhou-hi-tech", "place:changzhou", "常州高新区"),
        Rel("rel:lab-in-nanshan", "LOCATED_IN", "org:shenzhen-lab", "place:nanshan", "深圳湾实验室"),
        Rel("rel:aac-in-shenzhen", "LOCATED_IN", "org:aac", "place:shenzhen", "瑞声集团"),
        Rel("rel:aac-optics-in-wujin-park", "LOCATED_IN", "org:aac-optics", "park:wujin-hi-tech", "瑞声集团已在武进国家高新区设立了瑞声光电"),
        Rel("rel:aac-optics-subsidiary", "SUBSIDIARY_OF", "org:aac-optics", "org:aac", "瑞声光电"),
        Rel("rel:saiqiao-in-changzhou-park", "LOCATED_IN", "org:saiqiao", "park:changzhou-hi-tech", "企业在常州高新区的合成生物治疗装备"),
        Rel("rel:saiqiao-focus", "FOCUSES_ON", "org:saiqiao", "industry:synthetic-biology", "合成生物治疗设备"),
        Rel("rel:chen-secretary", "HOLDS_POSITION", "person:chen-jinhu", "place:changzhou", "市委书记陈金虎") with { Role = "市委书记" },
        Rel("rel:wang-secretary", "HOLDS_POSITION", "person:wang-quan", "place:changzhou", "市委书记汪泉", Article2018) with { Role = "市委书记" },
        Rel("rel:zuo-director", "HOLDS_POSITION", "person:zuo-ding", "org:shenzhen-lab", "深圳湾实验室主任左丁") with { Role = "主任", ValidFrom = PartialDate.Parse("2023") },
        Rel("rel:chen-leads-trip", "LED_DELEGATION", "person:chen-jinhu", "event:2024-shenzhen-trip", "陈金虎率常州经贸代表团赴深圳") with { Date = PartialDate.Parse("2024-10-22") },
        Rel("rel:trip-visits-lab", "VISITED", "event:2024-shenzhen-trip", "org:shenzhen-lab", "陈金虎一行参观实验室展厅") with { Date = PartialDate.Parse("2024-10") },
        Rel("rel:trip-visits-saiqiao", "VISITED", "event:2024-shenzhen-trip", "org:saiqiao", "参观中") with { Date = PartialDate.Parse("2024-10") },
        Rel("rel:chen-meets-zuo", "MET", "person:chen-jinhu", "person:zuo-ding", "陈金虎与左丁座谈") with { Date = PartialDate.Parse("2024-10-23") },
        Rel("rel:aac-invests", "INVESTED_IN", "org:aac", "org:aac-optics", "总投资20亿元") with { Date = PartialDate.Parse("2018"), Amount = new Money(20m, "亿", "CNY") },
    ];

    /// <summary>The whole sample as one change set, ready to apply to an empty store.</summary>
    public static GraphChangeSet AsChangeSet() => new()
    {
        UpsertSources = [Article2018, Article2024],
        UpsertEntities = Entities,
        UpsertRelationships = Relationships,
    };

    /// <summary>An empty in-memory store holding the sample.</summary>
    public static async Task<InMemoryGraphStore> InMemoryAsync()
    {
        var store = new InMemoryGraphStore();
        await store.ApplyAsync(AsChangeSet(), CancellationToken.None);
        return store;
    }

    private static Relationship Rel(string id, string type, string from, string to, string quote, Source? source = null) =>
        new(id, type, from, to) { Evidence = [new Evidence((source ?? Article2024).Id, quote)] };
}
