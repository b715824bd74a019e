using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Core.Storage;
using static KnowledgeGraph.Core.Tests.Facts.FactFixtures;

namespace KnowledgeGraph.Core.Tests.Facts;

/// <summary>Facts that fit the schema but cannot be true of an article are refused where they are written.</summary>
public sealed class DoubtfulFactTests
{
    [Theory]
    [InlineData("type: MET\nfrom: person:chen-jinhu\nto: 陈金虎\ndate: 2024-10-22", "MET joins person:chen-jinhu to itself")]
    [InlineData("type: PART_OF\nfrom: place:wujin\nto: 武进区\nvalidFrom: 2020", "PART_OF joins place:wujin to itself")]
    public void A_relationship_from_an_entity_to_itself_is_refused_at_its_to(string fields, string message) =>
        ShouldReportOnly(ValidateWithCommon(RelationshipFile(fields)), FactErrorCodes.SelfLoop, 4, 9, message);

    [Fact]
    public void A_loop_of_containment_is_refused_at_the_edge_that_closes_it_naming_the_chain()
    {
        var loop = RelationshipFile("type: PART_OF\nfrom: place:wujin\nto: place:changzhou\nvalidFrom: 2020") + "\n"
            + RelationshipFile("type: PART_OF\nfrom: place:changzhou\nto: place:wujin\nvalidFrom: 2021")["relationships:\n".Length..];

        ShouldReportOnly(ValidateWithCommon(loop), FactErrorCodes.ContainmentCycle, 9, 5,
            "closes a containment loop: place:wujin ⊂ place:changzhou ⊂ place:wujin");
    }

    [Fact]
    public void A_long_containment_loop_through_parks_and_places_is_found_once()
    {
        var yaml = """
            entities:
              - { id: park:a, type: PARK, name: 甲园 }
              - { id: park:b, type: PARK, name: 乙园 }
            """ + "\n" + RelationshipFile("type: LOCATED_IN\nfrom: park:a\nto: park:b") + "\n"
            + RelationshipFile("type: PART_OF\nfrom: park:b\nto: place:wujin")["relationships:\n".Length..] + "\n"
            + RelationshipFile("type: PART_OF\nfrom: place:wujin\nto: park:a")["relationships:\n".Length..];

        var errors = ValidateWithCommon(yaml).Errors;

        errors.Should().ContainSingle(e => e.Code == FactErrorCodes.ContainmentCycle)
            .Which.Message.Should().Contain("park:a ⊂ park:b ⊂ place:wujin ⊂ park:a");
    }

    [Fact]
    public void A_containment_tree_with_shared_parents_is_no_loop()
    {
        var tree = RelationshipFile("type: PART_OF\nfrom: place:wujin\nto: place:changzhou\nvalidFrom: 2020") + "\n"
            + RelationshipFile("type: LOCATED_IN\nfrom: project:changzhou-mixc\nto: place:wujin\nvalidFrom: 2020")["relationships:\n".Length..] + "\n"
            + RelationshipFile("type: LOCATED_IN\nfrom: org:china-resources\nto: place:changzhou\nvalidFrom: 2020")["relationships:\n".Length..];

        ValidateWithCommon(tree).Errors.Should().BeEmpty();
    }

    [Fact]
    public void A_company_in_a_city_and_in_a_park_of_another_city_at_once_is_refused_at_the_later_placing()
    {
        var yaml = TwoCitiesEntities + "\n" + PlacedIn(
            ("org:china-resources", "place:shenzhen", null),
            ("park:wujin-hi-tech", "place:wujin", null),
            ("place:wujin", "place:changzhou", null),
            ("org:china-resources", "park:wujin-hi-tech", null));

        var error = ValidateWithCommon(yaml).Errors.Should().ContainSingle().Subject;

        error.Code.Should().Be(FactErrorCodes.TwoCities);
        error.Line.Should().Be(23);
        error.Message.Should().Contain("org:china-resources would be in two cities at once: place:shenzhen")
            .And.Contain("and place:changzhou (by this LOCATED_IN to park:wujin-hi-tech)")
            .And.Contain("SUBSIDIARY_OF or PART_OF the first");
    }

    [Fact]
    public void A_company_that_moved_between_cities_is_no_doubt()
    {
        var yaml = TwoCitiesEntities + "\n" + PlacedIn(
            ("org:china-resources", "place:shenzhen", "validTo: 2019"),
            ("org:china-resources", "place:changzhou", "validFrom: 2020"));

        ValidateWithCommon(yaml).Errors.Should().BeEmpty();
    }

    [Fact]
    public void A_company_in_a_district_and_in_its_city_is_in_one_city()
    {
        var yaml = TwoCitiesEntities + "\n" + PlacedIn(
            ("place:wujin", "place:changzhou", null),
            ("org:china-resources", "place:wujin", null),
            ("org:china-resources", "place:changzhou", null));

        ValidateWithCommon(yaml).Errors.Should().BeEmpty();
    }

    [Fact]
    public void A_second_site_of_its_own_in_another_city_is_no_doubt()
    {
        var yaml = TwoCitiesEntities.Replace("entities:", "entities:\n  - { id: org:china-resources-changzhou, type: COMPANY, name: 华润（常州）有限公司 }", StringComparison.Ordinal)
            + "\n" + PlacedIn(
                ("org:china-resources", "place:shenzhen", null),
                ("org:china-resources-changzhou", "place:changzhou", null))
            + "\n" + RelationshipFile("type: SUBSIDIARY_OF\nfrom: org:china-resources-changzhou\nto: org:china-resources")["relationships:\n".Length..];

        ValidateWithCommon(yaml).Errors.Should().BeEmpty();
    }

    [Fact]
    public void An_organisation_at_home_in_two_cities_passes_when_a_placing_says_multi_site()
    {
        var yaml = TwoCitiesEntities + "\n" + PlacedIn(
            ("org:china-resources", "place:shenzhen", "multiSite: true"),
            ("org:china-resources", "place:changzhou", null));

        ValidateWithCommon(yaml).Errors.Should().BeEmpty();
    }

    [Theory]
    [InlineData("type: MET\nfrom: person:chen-jinhu\nto: org:china-resources\ndate: 2024-10-22\nmultiSite: true", 6, "MET takes no 'multiSite'; it marks one of several sites of an organisation, so only LOCATED_IN, PART_OF do")]
    [InlineData("type: LOCATED_IN\nfrom: org:china-resources\nto: place:changzhou\nmultiSite: yes please", 5, "'multiSite' must be true or false, not 'yes please'")]
    public void A_multi_site_mark_that_is_not_a_flag_on_a_placing_is_refused(string fields, int line, string message) =>
        ShouldReportOnly(ValidateWithCommon(RelationshipFile(fields)), FactErrorCodes.InvalidMultiSite, line, 16, message);

    private const string TwoCitiesEntities = """
        entities:
          - { id: place:shenzhen, type: CITY, name: 深圳市 }
          - { id: park:wujin-hi-tech, type: PARK, name: 武进国家高新区 }
        """;

    /// <summary>LOCATED_IN (to a park or a city) or PART_OF (a place in a place) relationships, each with optional extra fields.</summary>
    private static string PlacedIn(params (string From, string To, string? Extra)[] placings) =>
        "relationships:\n" + string.Join("\n", placings.Select(p => RelationshipFile(
            $"type: {(p.From.StartsWith("org:", StringComparison.Ordinal) || p.From.StartsWith("park:", StringComparison.Ordinal) ? "LOCATED_IN" : "PART_OF")}\nfrom: {p.From}\nto: {p.To}{(p.Extra is null ? "" : "\n" + p.Extra)}")["relationships:\n".Length..]));

    [Fact]
    public void An_event_dated_after_every_source_it_cites_was_published_is_refused_at_its_date() =>
        ShouldReportOnly(ValidateWithCommon(RelationshipFile("type: MET\nfrom: person:chen-jinhu\nto: org:china-resources\ndate: 2025-01-03")),
            FactErrorCodes.DateAfterSource, 5, 11, "'date' 2025-01-03 is after every source it cites was published (the latest on 2024-10-24)");

    [Fact]
    public void A_state_begun_after_its_sources_is_refused_but_its_planned_end_may_lie_ahead()
    {
        var begunLater = RelationshipFile("type: HOLDS_POSITION\nfrom: person:chen-jinhu\nto: place:changzhou\nrole: 市委书记\nvalidFrom: 2026");
        var endsLater = RelationshipFile("type: HOLDS_POSITION\nfrom: person:chen-jinhu\nto: place:changzhou\nrole: 市委书记\nvalidFrom: 2024\nvalidTo: 2027");

        ShouldReportOnly(ValidateWithCommon(begunLater), FactErrorCodes.DateAfterSource, 6, 16, "'validFrom' 2026");
        ValidateWithCommon(endsLater).Errors.Should().BeEmpty();
    }

    [Fact]
    public void An_event_in_the_month_its_source_was_published_passes_though_the_month_is_partial() =>
        ValidateWithCommon(RelationshipFile("type: MET\nfrom: person:chen-jinhu\nto: org:china-resources\ndate: 2024-10")).Errors.Should().BeEmpty();

    [Theory]
    [InlineData("type: HOLDS_POSITION\nfrom: person:chen-jinhu\nto: place:changzhou\nrole: 市委书记\nvalidFrom: 2020\nvalidTo: 9999", 7, 14)]
    [InlineData("type: MET\nfrom: person:chen-jinhu\nto: org:china-resources\ndate: 0202-05", 5, 11)]
    public void A_year_no_report_can_mean_is_refused(string fields, int line, int column) =>
        ShouldReportOnly(ValidateWithCommon(RelationshipFile(fields)), FactErrorCodes.ImplausibleDate, line, column, "has a year outside 1000–2100");

    [Theory]
    [InlineData("汪\u200B泉", "U+200B")]
    [InlineData("\u202E泉汪", "U+202E")]
    [InlineData("\uFEFF汪泉", "U+FEFF")]
    public void A_name_with_an_invisible_character_is_refused_naming_the_character(string name, string code) =>
        ShouldReportOnly(ValidateWithCommon($"entities:\n  - {{ id: person:wang, type: PERSON, name: \"{name}\" }}\n"),
            FactErrorCodes.InvisibleCharacter, 2, 44, code);

    [Fact]
    public void An_alias_with_an_invisible_character_is_refused_at_the_alias() =>
        ShouldReportOnly(ValidateWithCommon("entities:\n  - id: person:wang\n    type: PERSON\n    name: 汪泉\n    aliases: [汪市长, \"汪\u200D市长\"]\n"),
            FactErrorCodes.InvisibleCharacter, 5, 20, "'aliases' holds the invisible character U+200D at position 2");

    [Theory]
    [InlineData("\u200B\u200B\u200B")]
    [InlineData("市委书记\u200B陈金虎")]
    public void A_quote_with_invisible_characters_is_refused_even_when_it_is_nothing_else(string quote)
    {
        var yaml = $"relationships:\n  - type: MET\n    from: person:chen-jinhu\n    to: org:china-resources\n    date: 2024-10-22\n    evidence:\n      - source: source:001\n        quote: \"{quote}\"\n";

        ShouldReportOnly(ValidateWithCommon(yaml), FactErrorCodes.InvisibleCharacter, 8, 16, "'quote' holds the invisible character U+200B");
    }

    [Theory]
    [InlineData("Wаng Quan")]
    [InlineData("汪泉Ϲ")]
    public void A_name_mixing_cyrillic_or_greek_look_alikes_with_latin_or_chinese_is_refused(string name) =>
        ShouldReportOnly(ValidateWithCommon($"entities:\n  - {{ id: person:wang, type: PERSON, name: 汪泉, nameEn: \"{name}\" }}\n"),
            FactErrorCodes.MixedScript, 2, 56, "mixes Cyrillic or Greek letters");

    [Fact]
    public void A_name_wholly_in_cyrillic_is_a_real_name() =>
        ValidateWithCommon("entities:\n  - { id: org:gazprom, type: COMPANY, name: Газпром }\n").Errors.Should().BeEmpty();

    [Fact]
    public void A_name_longer_than_a_name_can_be_is_refused_with_its_length() =>
        ShouldReportOnly(ValidateWithCommon($"entities:\n  - {{ id: person:wang, type: PERSON, name: {new string('汪', 100_000)} }}\n"),
            FactErrorCodes.NameTooLong, 2, 44, "is 100000 characters long, more than the 200");

    [Fact]
    public void A_name_of_the_longest_accepted_length_passes() =>
        ValidateWithCommon($"entities:\n  - {{ id: person:wang, type: PERSON, name: {new string('汪', 200)} }}\n").Errors.Should().BeEmpty();

    private static void ShouldReportOnly(FactValidationResult result, string code, int line, int column, string message)
    {
        result.Facts.Should().Be(GraphSnapshot.Empty);
        var error = result.Errors.Should().ContainSingle().Subject;
        error.Should().BeEquivalentTo(new { File = ArticlePath, Line = line, Column = column, Code = code });
        error.Message.Should().Contain(message);
    }
}
