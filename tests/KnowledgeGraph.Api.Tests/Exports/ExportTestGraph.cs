using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Api.Tests.Exports;

/// <summary>
/// The sample graph plus a company whose texts hold what CSV and XML must escape (commas,
/// quotes, line breaks, markup), and the means to start a host that holds them.
/// </summary>
internal static class ExportTestGraph
{
    public static Entity Awkward { get; } = new("org:awkward", "COMPANY", "“逗号,引号\"与换行”\n有限公司")
    {
        NameEn = "Comma, \"Quote\" & <Markup> Ltd.",
        Aliases = ["逗号公司", "a,b", "say \"hi\"", "two\nlines"],
    };

    public static Relationship AwkwardInWujin { get; } = new("rel:awkward-in-wujin", "LOCATED_IN", "org:awkward", "place:wujin")
    {
        ValidFrom = PartialDate.Parse("2019-03"),
        ValidTo = PartialDate.Parse("2021"),
        Evidence =
        [
            new Evidence(SampleGraph.Article2018.Id, "位于武进，\"引号\", 逗号,\n换行 <b>&</b>"),
            new Evidence(SampleGraph.Article2024.Id, "第二条证据"),
        ],
    };

    public static Relationship AwkwardInvests { get; } = new("rel:awkward-invests", "INVESTED_IN", "org:awkward", "org:aac-optics")
    {
        Date = PartialDate.Parse("2024-10"),
        Amount = new Money(1.5m, "亿", "CNY") { Approximate = true, Text = "近1.5亿元" },
        Evidence = [new Evidence(SampleGraph.Article2024.Id, "拟投资近1.5亿元")],
    };

    public static IReadOnlyList<Entity> Entities { get; } = [.. SampleGraph.Entities, Awkward];

    public static IReadOnlyList<Relationship> Relationships { get; } = [.. SampleGraph.Relationships, AwkwardInWujin, AwkwardInvests];

    public static GraphChangeSet AsChangeSet() => SampleGraph.AsChangeSet() with
    {
        UpsertEntities = Entities,
        UpsertRelationships = Relationships,
    };

    /// <summary>A started host whose store holds this graph (and <paramref name="extra"/> when given).</summary>
    public static async Task<ApiFactory> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, GraphChangeSet? extra = null)
    {
        var factory = new ApiFactory(settings);
        await factory.SeedAsync(AsChangeSet());
        if (extra is not null)
        {
            await factory.SeedAsync(extra);
        }

        return factory;
    }

    /// <summary>The query string <c>refs=a&amp;refs=b</c> with each reference URL-encoded.</summary>
    public static string Refs(params string[] references) =>
        string.Join('&', references.Select(reference => "refs=" + Uri.EscapeDataString(reference)));
}
