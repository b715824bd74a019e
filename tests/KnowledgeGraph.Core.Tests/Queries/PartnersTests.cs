using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;

namespace KnowledgeGraph.Core.Tests.Queries;

public sealed class PartnersTests
{
    [Fact]
    public async Task A_Shenzhen_company_that_invested_in_a_Wujin_park_company_is_a_partner_of_Wujin()
    {
        var service = await TestGraph.SampleAsync();

        var partners = await service.PartnersAsync("深圳", "武进", cancellationToken: TestContext.Current.CancellationToken);

        var partner = partners.Should().ContainSingle().Subject;
        partner.Entity.Id.Should().Be("org:aac");
        partner.Hops.Should().Be(1);
        partner.Path.Nodes.Select(n => n.Id).Should().Equal("org:aac", "org:aac-optics", "park:wujin-hi-tech", "place:wujin");
        partner.Path.Relationships.Select(r => r.Id).Should().Equal("rel:aac-invests", "rel:aac-optics-in-wujin-park", "rel:wujin-park-in-wujin");
        partner.Path.Length.Should().Be(3);
    }

    [Fact]
    public async Task A_Shenzhen_lab_visited_by_the_delegation_that_visited_a_park_company_is_a_partner_two_hops_away()
    {
        var service = await TestGraph.SampleAsync();

        var partners = await service.PartnersAsync("深圳", "常州高新区", cancellationToken: TestContext.Current.CancellationToken);

        var partner = partners.Should().ContainSingle().Subject;
        partner.Entity.Id.Should().Be("org:shenzhen-lab");
        partner.Hops.Should().Be(2);
        partner.Path.Nodes.Select(n => n.Id).Should().Equal("org:shenzhen-lab", "event:2024-shenzhen-trip", "org:saiqiao", "park:changzhou-hi-tech");
        partner.Path.Relationships.Select(r => r.Id).Should().Equal("rel:trip-visits-lab", "rel:trip-visits-saiqiao", "rel:saiqiao-in-changzhou-park");
    }

    [Fact]
    public async Task A_person_holding_a_position_inside_the_city_is_based_there_and_partners_come_nearest_first()
    {
        var service = await TestGraph.SampleAsync();

        var partners = await service.PartnersAsync("深圳", "常州高新区", maxHops: 3, cancellationToken: TestContext.Current.CancellationToken);

        partners.Select(p => (p.Entity.Id, p.Hops)).Should().Equal(("org:shenzhen-lab", 2), ("person:zuo-ding", 3));
        partners[1].Path.Relationships.Select(r => r.Id).Should().Equal(
            "rel:chen-meets-zuo", "rel:chen-leads-trip", "rel:trip-visits-saiqiao", "rel:saiqiao-in-changzhou-park");
    }

    [Fact]
    public async Task Partners_of_equal_distance_are_ordered_by_name()
    {
        var service = await TestGraph.SampleAsync();

        var partners = await service.PartnersAsync("常州", "深圳", maxHops: 3, cancellationToken: TestContext.Current.CancellationToken);

        partners.Select(p => (p.Entity.Id, p.Hops)).Should().Equal(
            ("org:aac-optics", 1), ("org:saiqiao", 2), ("person:chen-jinhu", 2));
    }

    [Fact]
    public async Task What_is_based_in_the_city_and_itself_inside_the_entity_linked_to_is_a_partner_at_no_hops()
    {
        var service = await TestGraph.SampleAsync();

        var partners = await service.PartnersAsync("常州", "武进", maxHops: 6, cancellationToken: TestContext.Current.CancellationToken);

        partners.Should().ContainSingle().Which.Should().Match<Partner>(p => p.Entity.Id == "org:aac-optics" && p.Hops == 0);
        partners[0].Path.Nodes.Select(n => n.Id).Should().Equal("org:aac-optics", "park:wujin-hi-tech", "place:wujin");
    }

    [Theory]
    [InlineData("PERSON", "person:zuo-ding")]
    [InlineData("RESEARCH_INSTITUTE", "org:shenzhen-lab")]
    [InlineData("CITY", "")]
    public async Task Types_choose_which_entities_may_be_partners(string type, string expected)
    {
        var service = await TestGraph.SampleAsync();

        var partners = await service.PartnersAsync("深圳", "常州高新区", maxHops: 3, types: [type], cancellationToken: TestContext.Current.CancellationToken);

        partners.Select(p => p.Entity.Id).Should().Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("2024", "2024", "org:shenzhen-lab")]
    [InlineData("2024-10", null, "org:shenzhen-lab")]
    [InlineData("2018", "2018", "")]
    [InlineData(null, "2024-09", "")]
    public async Task Linking_relationships_must_hold_in_the_window(string? from, string? to, string expected)
    {
        var service = await TestGraph.SampleAsync();

        var partners = await service.PartnersAsync("深圳", "常州高新区", from: TestGraph.Date(from), to: TestGraph.Date(to),
            cancellationToken: TestContext.Current.CancellationToken);

        partners.Select(p => p.Entity.Id).Should().Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task The_search_starts_at_a_place_linked_to_but_never_walks_on_through_a_place()
    {
        var service = await PlacesGraph().ServiceAsync();

        var partners = await service.PartnersAsync("place:sz", "place:wj", maxHops: 4, cancellationToken: TestContext.Current.CancellationToken);

        partners.Select(p => (p.Entity.Id, p.Hops)).Should().Equal(("org:v", 1), ("org:z", 2));
        partners[0].Path.Relationships.Select(r => r.Id).Should().Equal("rel:v-visits-wj");
    }

    [Fact]
    public async Task Sharing_an_industry_does_not_link_a_company_to_a_place()
    {
        var service = await PlacesGraph()
            .Entity("industry:bio", "INDUSTRY", "合成生物")
            .Rel("rel:c-focus", "FOCUSES_ON", "org:c", "industry:bio")
            .Rel("rel:y-focus", "FOCUSES_ON", "org:y", "industry:bio")
            .ServiceAsync();

        var partners = await service.PartnersAsync("place:sz", "place:wj", maxHops: 4, cancellationToken: TestContext.Current.CancellationToken);

        partners.Select(p => p.Entity.Id).Should().NotContain("org:y");
    }

    [Fact]
    public async Task A_place_may_be_a_partner_when_asked_for_though_it_is_not_walked_through()
    {
        var service = await PlacesGraph().ServiceAsync();

        var partners = await service.PartnersAsync("place:sz", "place:wj", maxHops: 4, types: ["DISTRICT", "COMPANY"],
            cancellationToken: TestContext.Current.CancellationToken);

        partners.Select(p => (p.Entity.Id, p.Hops)).Should().Equal(("place:ns", 1), ("org:v", 1), ("org:z", 2));
    }

    [Theory]
    [InlineData(null, null, "person:former,person:mayor")]
    [InlineData("2024", "2024", "person:mayor")]
    [InlineData("2018", "2018", "")]
    public async Task A_position_counts_as_a_base_only_while_it_is_held(string? from, string? to, string expected)
    {
        var service = await new TestGraph()
            .Entity("place:cz", "CITY", "常州市")
            .Entity("org:t", "COMPANY", "目标公司")
            .Entity("person:former", "PERSON", "前任")
            .Entity("person:mayor", "PERSON", "现任")
            .Rel("rel:former-mayor", "HOLDS_POSITION", "person:former", "place:cz", r => r with { Role = "市长", ValidTo = PartialDate.Parse("2019") })
            .Rel("rel:mayor", "HOLDS_POSITION", "person:mayor", "place:cz", r => r with { Role = "市长", ValidFrom = PartialDate.Parse("2020") })
            .Rel("rel:former-meets-t", "MET", "person:former", "org:t", r => r with { Date = PartialDate.Parse("2024-03") })
            .Rel("rel:mayor-meets-t", "MET", "person:mayor", "org:t", r => r with { Date = PartialDate.Parse("2024-05") })
            .ServiceAsync();

        var partners = await service.PartnersAsync("place:cz", "org:t", from: TestGraph.Date(from), to: TestGraph.Date(to),
            cancellationToken: TestContext.Current.CancellationToken);

        partners.Select(p => p.Entity.Id).Should().BeEquivalentTo(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Store_calls_do_not_grow_with_the_number_of_entities_walked_through()
    {
        var cancel = TestContext.Current.CancellationToken;
        var (narrowPartners, narrowCalls) = await PartnerCallsAsync(3, cancel);
        var (widePartners, wideCalls) = await PartnerCallsAsync(40, cancel);

        wideCalls.Should().Be(narrowCalls).And.BeLessThanOrEqualTo(16);
        narrowPartners.Should().HaveCount(3);
        widePartners.Should().HaveCount(40);
    }

    [Theory]
    [InlineData(0, null, "maxHops", "expected 1 to 6")]
    [InlineData(7, null, "maxHops", "expected 1 to 6")]
    [InlineData(2, "HOLDS_POSITION", "types", "'HOLDS_POSITION', which is no entity type")]
    public async Task Bad_arguments_are_refused_with_what_is_allowed(int maxHops, string? type, string argument, string message)
    {
        var service = await TestGraph.SampleAsync();

        var find = () => service.PartnersAsync("深圳", "武进", maxHops, type is null ? null : [type], cancellationToken: TestContext.Current.CancellationToken);

        var error = (await find.Should().ThrowAsync<QueryArgumentException>()).Which;
        error.ArgumentName.Should().Be(argument);
        error.Message.Should().Contain(message);
    }

    [Fact]
    public async Task A_window_that_ends_before_it_starts_is_refused()
    {
        var service = await TestGraph.SampleAsync();

        var find = () => service.PartnersAsync("深圳", "武进", from: PartialDate.Parse("2024"), to: PartialDate.Parse("2023"),
            cancellationToken: TestContext.Current.CancellationToken);

        (await find.Should().ThrowAsync<QueryArgumentException>()).Which.ArgumentName.Should().Be("from");
    }

    [Theory]
    [InlineData("无锡", "武进", "city")]
    [InlineData("深圳", "无锡", "linkedTo")]
    public async Task A_reference_that_names_nothing_is_an_error_naming_the_argument(string city, string linkedTo, string argument)
    {
        var service = await TestGraph.SampleAsync();

        var find = () => service.PartnersAsync(city, linkedTo, cancellationToken: TestContext.Current.CancellationToken);

        (await find.Should().ThrowAsync<UnknownReferenceException>()).Which.ArgumentName.Should().Be(argument);
    }

    /// <summary>
    /// 深圳 (sz) holds 南山 (ns) and the companies v, y and z; 武进 (wj) holds park p and company c.
    /// c signed with 南山, which cooperates with y: y is linked to wj only through a place.
    /// </summary>
    private static TestGraph PlacesGraph() => new TestGraph()
        .Entity("place:sz", "CITY", "深圳")
        .Entity("place:ns", "DISTRICT", "南山")
        .Entity("place:wj", "DISTRICT", "武进")
        .Entity("park:p", "PARK", "园区")
        .Entity("org:c", "COMPANY", "园区公司")
        .Entity("org:hub", "COMPANY", "外地公司")
        .Entity("org:v", "COMPANY", "来访公司")
        .Entity("org:y", "COMPANY", "南山合作公司")
        .Entity("org:z", "COMPANY", "深圳合作公司")
        .Rel("rel:ns-in-sz", "PART_OF", "place:ns", "place:sz")
        .Rel("rel:p-in-wj", "PART_OF", "park:p", "place:wj")
        .Rel("rel:c-in-p", "LOCATED_IN", "org:c", "park:p")
        .Rel("rel:v-in-sz", "LOCATED_IN", "org:v", "place:sz")
        .Rel("rel:y-in-sz", "LOCATED_IN", "org:y", "place:sz")
        .Rel("rel:z-in-sz", "LOCATED_IN", "org:z", "place:sz")
        .Rel("rel:v-visits-wj", "VISITED", "org:v", "place:wj")
        .Rel("rel:c-signs-ns", "SIGNED", "org:c", "place:ns")
        .Rel("rel:y-cooperates-ns", "COOPERATES_WITH", "org:y", "place:ns")
        .Rel("rel:c-cooperates-hub", "COOPERATES_WITH", "org:c", "org:hub")
        .Rel("rel:hub-cooperates-z", "COOPERATES_WITH", "org:hub", "org:z");

    /// <summary>Partners in 甲市 of a park of 乙市 whose <paramref name="width"/> companies were each visited by a delegation with a 甲市 member.</summary>
    private static async Task<(IReadOnlyList<Partner> Partners, int Calls)> PartnerCallsAsync(int width, CancellationToken cancellationToken)
    {
        var graph = new TestGraph()
            .Entity("place:a", "CITY", "甲市")
            .Entity("place:b", "CITY", "乙市")
            .Entity("park:b", "PARK", "乙园")
            .Rel("rel:park-in-b", "PART_OF", "park:b", "place:b");
        for (var i = 0; i < width; i++)
        {
            graph.Entity($"org:c{i:00}", "COMPANY", $"园区公司{i:00}")
                .Entity($"event:d{i:00}", "DELEGATION", $"代表团{i:00}")
                .Entity($"org:s{i:00}", "COMPANY", $"甲市公司{i:00}")
                .Rel($"rel:c{i:00}-in-park", "LOCATED_IN", $"org:c{i:00}", "park:b")
                .Rel($"rel:d{i:00}-visits", "VISITED", $"event:d{i:00}", $"org:c{i:00}")
                .Rel($"rel:s{i:00}-joins", "JOINED_DELEGATION", $"org:s{i:00}", $"event:d{i:00}")
                .Rel($"rel:s{i:00}-in-a", "LOCATED_IN", $"org:s{i:00}", "place:a");
        }

        var store = await graph.StoreAsync();
        var callsBefore = store.ReadCalls;
        var partners = await TestGraph.Over(store).PartnersAsync("place:a", "park:b", from: PartialDate.Parse("2024"), cancellationToken: cancellationToken);
        return (partners, store.ReadCalls - callsBefore);
    }
}
