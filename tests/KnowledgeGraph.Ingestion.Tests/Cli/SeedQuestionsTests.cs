using System.Text.Json.Nodes;
using KnowledgeGraph.Ingestion.Tests.Support;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Ingestion.Tests.Cli;

/// <summary>
/// The questions the graph exists to answer, asked through <c>kg</c> of a real SQLite file
/// holding the curated seed, each answer checked with the evidence that proves it. Every run
/// also brings the store up to date with the seed first, which must stay silent: nothing changed.
/// </summary>
public sealed class SeedQuestionsTests(SeededDatabase database) : IClassFixture<SeededDatabase>
{
    private const string DelegationToShenzhen = "常州经贸代表团赴深圳开展经贸洽谈活动";
    private const string ShenzhenVisitArticle = "陈金虎率团赴深圳开展经贸洽谈活动";

    [Fact]
    public async Task Who_met_Zuo_Ding_and_when_is_Chen_Jinhu_in_October_2024_with_the_quotes_that_say_so()
    {
        var answer = await AskJsonAsync("show", "左丁", "--type", "MET");

        var met = answer["relationships"]!["edges"]!.AsArray().Should().ContainSingle().Subject!["node"]!;
        met["from"]!["name"]!.GetValue<string>().Should().Be("陈金虎");
        met["date"]!.GetValue<string>().Should().Be("2024-10");
        Evidence(met).Should().Contain(("陈金虎与深创投集团董事长左丁就进一步加深合作展开交流", ShenzhenVisitArticle, "2024-10"));
    }

    [Fact]
    public async Task The_table_of_who_met_Zuo_Ding_shows_the_other_end_the_date_the_quote_and_the_article()
    {
        var output = await AskAsync("show", "左丁", "--type", "MET");

        output.Should().Contain("← 陈金虎 (person:chen-jinhu)")
            .And.Contain("2024-10")
            .And.Contain("“陈金虎与深创投集团董事长左丁就进一步加深合作展开交流”")
            .And.Contain($"《{ShenzhenVisitArticle}》 2024-10");
    }

    [Fact]
    public async Task Shenzhen_partners_of_the_Changzhou_high_tech_zone_are_Saiqiao_Bio_which_sits_in_it_and_those_linked_through_it()
    {
        var answer = await AskJsonAsync("partners", "深圳", "常州高新区");

        var partners = answer["partners"]!.AsArray();
        partners.Select(Id).Should().Equal(
            "org:saiqiao-bio", "person:shang-yuanfang", "org:shenzhen-capital-group", "org:shenzhen-bay-laboratory");
        partners[0]!["hops"]!.GetValue<int>().Should().Be(0);
        partners.Should().AllSatisfy(p =>
        {
            var path = p!["path"]!;
            path["nodes"]!.AsArray().Last()!["name"]!.GetValue<string>().Should().Be("常州高新区");
            path["nodes"]!.AsArray().Select(Id).Should().Contain("org:saiqiao-bio");
            path["relationships"]!.AsArray().Should().AllSatisfy(r => Evidence(r!).Should().NotBeEmpty());
        });
    }

    [Fact]
    public async Task Partners_are_printed_with_their_chain_and_the_evidence_of_each_link()
    {
        var output = await AskAsync("partners", "深圳", "常州高新区");

        output.Should().Contain($"深圳市创新投资集团 ←VISITED— {DelegationToShenzhen} —VISITED→ 深圳赛桥生物创新技术有限公司 —LOCATED_IN→ 常州高新区")
            .And.Contain("“赛桥生物创始人、董事长兼CEO商院芳”")
            .And.Contain("4 partners");
    }

    [Fact]
    public async Task Shenzhen_organisations_linked_to_Wujin_are_Inovance_in_it_then_SIAT_and_Shenzhen_Capital_with_its_Wujin_fund()
    {
        var answer = await AskJsonAsync("partners", "深圳", "武进");

        var partners = answer["partners"]!.AsArray();
        partners.Where(p => p!["entity"]!["type"]!.GetValue<string>() != "PERSON").Select(Id).Should().Equal(
            "org:inovance", "org:siat", "org:shenzhen-capital-group");
        var capital = partners.Single(p => Id(p) == "org:shenzhen-capital-group")!;
        capital["hops"]!.GetValue<int>().Should().Be(1);
        capital["path"]!["relationships"]!.AsArray().Select(r => r!["type"]!.GetValue<string>()).Should().Equal("SET_UP_FUND", "LOCATED_IN");
        capital["path"]!["nodes"]!.AsArray().Last()!["id"]!.GetValue<string>().Should().Be("place:wujin");
        capital["path"]!["relationships"]!.AsArray().Should().AllSatisfy(r => Evidence(r!).Should().NotBeEmpty());
    }

    [Fact]
    public async Task The_shortest_path_from_Chen_Jinhu_to_Saiqiao_Bio_is_the_delegation_he_led_which_visited_it()
    {
        var answer = await AskJsonAsync("paths", "陈金虎", "赛桥生物", "--first", "1");

        var path = answer["paths"]!.AsArray().Should().ContainSingle().Subject!;
        path["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()).Should().Equal("陈金虎", DelegationToShenzhen, "深圳赛桥生物创新技术有限公司");
        path["relationships"]!.AsArray().Select(r => r!["type"]!.GetValue<string>()).Should().Equal("LED_DELEGATION", "VISITED");
        Evidence(path["relationships"]![0]!).Should().Contain(("市委书记陈金虎率常州经贸代表团赴深圳开展经贸洽谈活动", ShenzhenVisitArticle, "2024-10"));
    }

    [Fact]
    public async Task A_path_is_printed_as_a_chain_of_names_and_arrows()
    {
        var output = await AskAsync("paths", "陈金虎", "赛桥生物", "--first", "1");

        output.Should().Contain($"陈金虎 —LED_DELEGATION→ {DelegationToShenzhen} —VISITED→ 深圳赛桥生物创新技术有限公司")
            .And.Contain("“赛桥生物是国内唯一,全球前三具备全自主知识产权和供应链的合成生物治疗设备和耗材提供商”");
    }

    [Theory]
    [InlineData("2024", "陈金虎", "--at")]
    [InlineData("2018", "汪泉", "--at")]
    [InlineData("2024", "陈金虎", "--from-to")]
    [InlineData("2018", "汪泉", "--from-to")]
    public async Task The_party_secretary_of_Changzhou_in_a_year_is_the_one_person_the_sources_place_there(string year, string secretary, string window)
    {
        string[] when = window == "--at" ? ["--at", year] : ["--type", "HOLDS_POSITION", "--from", year, "--to", year];

        var answer = await AskJsonAsync(["show", "常州", "--role", "市委书记", .. when]);

        var position = answer["relationships"]!["edges"]!.AsArray().Should().ContainSingle().Subject!["node"]!;
        position["from"]!["name"]!.GetValue<string>().Should().Be(secretary);
        position["role"]!.GetValue<string>().Should().Be("市委书记");
        Evidence(position).Should().OnlyContain(e => e.Quote.Contains(secretary, StringComparison.Ordinal) && e.PublishedOn.StartsWith(year, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_parks_that_AAC_companies_sit_in_are_the_Wujin_national_high_tech_zone()
    {
        var answer = await AskJsonAsync("subgraph", "瑞声科技", "--depth", "2", "--type", "SUBSIDIARY_OF", "--type", "LOCATED_IN");

        answer["nodes"]!.AsArray().Where(n => n!["type"]!.GetValue<string>() == "PARK").Select(n => n!["name"]!.GetValue<string>())
            .Should().Equal("武进国家高新区");
        var inPark = answer["relationships"]!.AsArray().Where(r => r!["to"]!["type"]!.GetValue<string>() == "PARK").ToList();
        inPark.Select(r => r!["from"]!["name"]!.GetValue<string>()).Should().BeEquivalentTo("瑞声光学科技", "瑞声新能源发展", "瑞声光电科技");
        inPark.Should().AllSatisfy(r => Evidence(r!).Should().NotBeEmpty());
        answer["truncated"]!.GetValue<bool>().Should().BeFalse();
    }

    [Fact]
    public async Task Wang_Quan_reaches_Jiangsu_Xinsheng_through_Changzhou_and_the_integrated_circuit_park()
    {
        var answer = await AskJsonAsync("paths", "汪泉", "江苏芯盛智能科技", "--first", "1");

        var path = answer["paths"]!.AsArray().Should().ContainSingle().Subject!;
        path["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()).Should().Equal("汪泉", "常州市", "常州集成电路生态产业园", "江苏芯盛智能科技有限公司");
        path["relationships"]!.AsArray().Should().AllSatisfy(r => Evidence(r!).Should().NotBeEmpty());
    }

    [Fact]
    public async Task A_name_that_is_not_exact_is_refused_with_the_entities_that_contain_it()
    {
        var run = await new CliRunner().RunAsync("paths", "汪泉", "芯盛智能", "--db", database.Path, "--seed", Repository.Seed);

        run.ExitCode.Should().Be(1);
        run.Output.Should().BeEmpty();
        run.Error.Should().Be(
            "kg paths: <to>: no entity has the id, name or alias '芯盛智能'\n  did you mean: 江苏芯盛智能科技有限公司 (org:xinsheng)\n");
    }

    [Fact]
    public async Task A_subgraph_is_printed_as_a_summary_and_its_relationships_with_their_evidence()
    {
        var output = await AskAsync("subgraph", "陈金虎", "--limit", "2");

        output.Should().MatchRegex(@"│ Nodes\s+│ Relationships\s+│ Truncated\s+│")
            .And.MatchRegex(@"│ \d+\s+│ 2\s+│ yes: raise --limit for the rest\s+│")
            .And.Contain("陈金虎 —");
    }

    [Fact]
    public async Task Paths_beyond_the_hop_limit_are_reported_as_none()
    {
        var output = await AskAsync("paths", "左丁", "江苏芯盛智能科技有限公司", "--max-hops", "1");

        output.Should().Be("No path within --max-hops; allow longer ones with a larger --max-hops.\n");
    }

    [Fact]
    public async Task Search_finds_entities_by_part_of_a_name_and_type()
    {
        var answer = await AskJsonAsync("search", "瑞声", "--type", "company", "--first", "3");

        var hits = answer["hits"]!.AsArray();
        hits.Should().HaveCount(3);
        hits.Should().AllSatisfy(h => h!["entity"]!["type"]!.GetValue<string>().Should().Be("COMPANY"));
        hits.Select(h => h!["matched"]!.GetValue<string>()).Should().OnlyContain(name => name.Contains("瑞声", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stats_count_what_the_seed_holds()
    {
        var answer = await AskJsonAsync("stats");

        answer["entities"]!.GetValue<int>().Should().Be(265);
        answer["relationships"]!.GetValue<int>().Should().Be(439);
        answer["sources"]!.GetValue<int>().Should().Be(5);
        answer["byRelationType"]!.AsArray().Should().Contain(t => t!["type"]!.GetValue<string>() == "MET" && t["count"]!.GetValue<int>() == 21);
    }

    private static string Id(JsonNode? partnerOrEntity) =>
        (partnerOrEntity!["entity"] ?? partnerOrEntity)["id"]!.GetValue<string>();

    private static List<(string Quote, string Title, string PublishedOn)> Evidence(JsonNode relationship) =>
    [
        .. relationship["evidence"]!.AsArray().Select(e => (
            e!["quote"]!.GetValue<string>(),
            e["source"]!["title"]!.GetValue<string>(),
            e["source"]!["publishedOn"]!.GetValue<string>())),
    ];

    private async Task<string> AskAsync(params string[] args)
    {
        var run = await new CliRunner().RunAsync([.. args, "--db", database.Path, "--seed", Repository.Seed]);
        run.Error.Should().BeEmpty("the seed did not change, so bringing the store up to date prints nothing");
        run.ExitCode.Should().Be(0);
        return run.Output;
    }

    private async Task<JsonNode> AskJsonAsync(params string[] args) => JsonNode.Parse(await AskAsync([.. args, "--json"]))!;
}
