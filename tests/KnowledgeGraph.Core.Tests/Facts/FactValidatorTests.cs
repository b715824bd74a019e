using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using static KnowledgeGraph.Core.Tests.Facts.FactFixtures;

namespace KnowledgeGraph.Core.Tests.Facts;

public sealed class FactValidatorTests
{
    private const string Met = """
        type: MET
        from: person:chen-jinhu
        to: org:china-resources
        date: 2024-10-22
        """;

    [Fact]
    public void Valid_files_resolve_into_sources_entities_and_relationships_ordered_by_id()
    {
        var result = Validate((CommonPath, Common), (ArticlePath, Article));

        result.Errors.Should().BeEmpty();
        result.Facts.Sources.Select(s => s.Id).Should().Equal("source:001", "source:002");
        result.Facts.Entities.Should().HaveCount(7).And.BeInAscendingOrder(e => e.Id, StringComparer.Ordinal);
        result.Facts.Relationships.Should().HaveCount(3).And.BeInAscendingOrder(r => r.Id, StringComparer.Ordinal);
    }

    [Fact]
    public void Every_field_of_a_valid_file_reaches_the_model()
    {
        var facts = Validate((CommonPath, Common), (ArticlePath, Article)).Facts;

        facts.Sources.Single(s => s.Id == "source:002").Should().Be(
            new Source("source:002", "华润常州万象城开业") { Outlet = "常州日报", PublishedOn = PartialDate.Parse("2024-10"), File = "002_x.txt" });
        facts.Entities.Single(e => e.Id == "person:wang-quan").Should().BeEquivalentTo(
            new Entity("person:wang-quan", "PERSON", "汪泉") { NameEn = "Wang Quan", Aliases = ["汪市长"], Note = "mayor before 2024" });
        var investment = facts.Relationships.Single(r => r.Type == "INVESTED_IN");
        investment.Should().BeEquivalentTo(new
        {
            FromId = "org:china-resources",
            ToId = "project:changzhou-mixc",
            Date = PartialDate.Parse("2024-10-22"),
            Amount = new Money(20m, "亿", "CNY"),
            Note = "total investment",
            Evidence = new[] { new Evidence("source:002", "总投资20亿元的常州万象城项目") },
        });
    }

    [Fact]
    public void A_relationship_without_an_id_gets_the_hash_of_its_identity()
    {
        var facts = Validate((CommonPath, Common), (ArticlePath, Article)).Facts;

        var position = facts.Relationships.Single(r => r.Type == "HOLDS_POSITION");
        position.Id.Should().Be(RelationshipIds.Derive("HOLDS_POSITION", "person:chen-jinhu", "place:changzhou", "市委书记", PartialDate.Parse("2024-10")));
        position.Id.Should().MatchRegex("^rel:[0-9a-f]{16}$");
    }

    [Fact]
    public void A_relationship_keeps_the_id_its_curator_gave() =>
        Validate((CommonPath, Common), (ArticlePath, Article)).Facts.Relationships
            .Should().Contain(r => r.Id == "rel:wang-meets-china-resources" && r.FromId == "person:wang-quan" && r.ToId == "org:china-resources");

    [Theory]
    [InlineData("常州")]
    [InlineData("Changzhou")]
    [InlineData("CHANGZHOU")]
    [InlineData("place:changzhou")]
    public void An_end_may_be_an_id_or_any_name_ignoring_ascii_case(string reference)
    {
        var result = ValidateWithCommon(RelationshipFile($"type: PART_OF\nfrom: place:wujin\nto: {reference}"));

        result.Errors.Should().BeEmpty();
        result.Facts.Relationships.Should().ContainSingle().Which.ToId.Should().Be("place:changzhou");
    }

    [Fact]
    public void An_entity_without_a_name_is_reported_at_the_entity() =>
        ShouldReport(ValidateWithCommon("entities:\n  - { id: place:x, type: CITY }\n"),
            FactErrorCodes.MissingField, 2, 5, "an entity has no 'name'");

    [Fact]
    public void A_relationship_without_an_end_is_reported_at_the_relationship() =>
        ShouldReport(ValidateWithCommon(RelationshipFile("type: MET\nfrom: person:chen-jinhu\ndate: 2024")),
            FactErrorCodes.MissingField, 2, 5, "a relationship has no 'to'");

    [Fact]
    public void A_source_without_a_title_is_reported_at_the_source() =>
        ShouldReport(ValidateWithCommon("sources:\n  - id: source:009\n"),
            FactErrorCodes.MissingField, 2, 5, "a source has no 'title'");

    [Fact]
    public void An_unknown_entity_type_suggests_the_type_meant() =>
        ShouldReport(ValidateWithCommon("entities:\n  - { id: person:x, type: PERSN, name: X }\n"),
            FactErrorCodes.UnknownType, 2, 27, "unknown entity type 'PERSN'; did you mean PERSON?");

    [Fact]
    public void An_unknown_relationship_type_lists_the_types_when_nothing_is_close() =>
        ShouldReport(ValidateWithCommon(RelationshipFile("type: OWNS_SHARES_IN\nfrom: person:chen-jinhu\nto: org:china-resources")),
            FactErrorCodes.UnknownType, 2, 11, "unknown relationship type 'OWNS_SHARES_IN'; expected one of: ATTENDED, COOPERATES_WITH,");

    [Theory]
    [InlineData("{ id: Person:chen, type: PERSON, name: X }", "'Person:chen' of a PERSON entity must be 'person:<slug>'")]
    [InlineData("{ id: place:chen, type: PERSON, name: X }", "'place:chen' of a PERSON entity must be 'person:<slug>'")]
    [InlineData("{ id: person:chen_jinhu, type: PERSON, name: X }", "must be 'person:<slug>'")]
    [InlineData("{ id: person:chen--jinhu, type: PERSON, name: X }", "must be 'person:<slug>'")]
    [InlineData("{ id: person:陈金虎, type: PERSON, name: X }", "must be 'person:<slug>'")]
    [InlineData("{ id: 'person:', type: PERSON, name: X }", "must be 'person:<slug>'")]
    public void An_entity_id_must_be_the_prefix_of_its_type_and_a_lowercase_slug(string entity, string expected) =>
        ShouldReport(ValidateWithCommon($"entities:\n  - {entity}\n"), FactErrorCodes.InvalidId, 2, 11, expected);

    [Fact]
    public void A_source_id_must_be_source_and_a_slug() =>
        ShouldReport(ValidateWithCommon("sources:\n  - { id: src:9, title: X }\n"),
            FactErrorCodes.InvalidId, 2, 11, "id 'src:9' of a source must be 'source:<slug>'");

    [Fact]
    public void A_relationship_id_must_be_rel_and_a_slug() =>
        ShouldReport(ValidateWithCommon(RelationshipFile("id: rel:Chen_Meets\n" + Met)),
            FactErrorCodes.InvalidId, 2, 9, "id 'rel:Chen_Meets' of a relationship must be 'rel:<slug>'");

    [Fact]
    public void A_relationship_starting_at_a_type_it_forbids_lists_the_types_allowed() =>
        ShouldReport(ValidateWithCommon(RelationshipFile("type: HOLDS_POSITION\nfrom: place:wujin\nto: place:changzhou\nrole: 区长")),
            FactErrorCodes.ForbiddenJoin, 3, 11, "HOLDS_POSITION cannot have 'from' place:wujin, a DISTRICT; its 'from' must be one of: PERSON");

    [Fact]
    public void A_relationship_ending_at_a_type_it_forbids_lists_the_types_allowed() =>
        ShouldReport(ValidateWithCommon(RelationshipFile("type: LED_DELEGATION\nfrom: person:chen-jinhu\nto: place:changzhou\ndate: 2024")),
            FactErrorCodes.ForbiddenJoin, 4, 9, "LED_DELEGATION cannot have 'to' place:changzhou, a CITY; its 'to' must be one of: DELEGATION");

    [Fact]
    public void A_reference_to_nothing_declared_is_reported_at_the_reference() =>
        ShouldReport(ValidateWithCommon(RelationshipFile("type: PART_OF\nfrom: place:wujin\nto: 深圳")),
            FactErrorCodes.UnknownReference, 4, 9, "'to' names '深圳', which is neither an entity id nor an entity's name or alias");

    [Fact]
    public void An_ambiguous_name_lists_the_ids_it_could_mean()
    {
        var yaml = """
            entities:
              - { id: place:changzhou-county, type: DISTRICT, name: 常州县, aliases: [常州] }
            relationships:
              - type: PART_OF
                from: place:wujin
                to: 常州
                evidence:
                  - { source: source:001, quote: 常州武进 }
            """;

        ShouldReport(ValidateWithCommon(yaml), FactErrorCodes.AmbiguousReference, 6, 9,
            "'to' names '常州', which is ambiguous: it is a name of place:changzhou, place:changzhou-county; write the id instead");
    }

    [Fact]
    public void An_id_declared_in_two_files_names_both_places() =>
        ShouldReport(ValidateWithCommon("entities:\n  - { id: place:wujin, type: DISTRICT, name: 武进 }\n"),
            FactErrorCodes.DuplicateId, 2, 11, "id 'place:wujin' is declared twice: here and at seed/common.yaml:6:11");

    [Fact]
    public void Two_relationships_with_one_identity_are_told_to_merge_their_evidence()
    {
        var twice = RelationshipFile(Met) + "\n" + RelationshipFile(Met)["relationships:\n".Length..];

        ShouldReport(ValidateWithCommon(twice), FactErrorCodes.DuplicateRelationship, 9, 5,
            "this MET from person:chen-jinhu to org:china-resources repeats the one at seed/articles/001.yaml:2:5 (same type, ends, role and date); merge them into one entry with several evidence items");
    }

    [Fact]
    public void A_symmetric_relationship_written_both_ways_is_one_fact()
    {
        var reversed = "type: MET\nfrom: org:china-resources\nto: person:chen-jinhu\ndate: 2024-10-22";
        var both = RelationshipFile(Met) + "\n" + RelationshipFile(reversed)["relationships:\n".Length..];

        ShouldReport(ValidateWithCommon(both), FactErrorCodes.DuplicateRelationship, 9, 5, "repeats the one at seed/articles/001.yaml:2:5");
    }

    [Fact]
    public void The_same_relationship_on_another_date_is_another_fact()
    {
        var earlier = Met.Replace("2024-10-22", "2024-10-02", StringComparison.Ordinal);
        var both = RelationshipFile(Met) + "\n" + RelationshipFile(earlier)["relationships:\n".Length..];

        ValidateWithCommon(both).Facts.Relationships.Should().HaveCount(2);
    }

    [Fact]
    public void A_relationship_without_evidence_is_refused() =>
        ShouldReport(ValidateWithCommon("relationships:\n  - { type: MET, from: person:chen-jinhu, to: org:china-resources }\n"),
            FactErrorCodes.MissingEvidence, 2, 5, "a relationship needs 'evidence'");

    [Fact]
    public void A_relationship_with_an_empty_evidence_list_is_refused() =>
        ShouldReport(ValidateWithCommon("relationships:\n  - { type: MET, from: person:chen-jinhu, to: org:china-resources, evidence: [] }\n"),
            FactErrorCodes.MissingEvidence, 2, 5, "at least one item with a 'source' and a verbatim 'quote'");

    [Theory]
    [InlineData("{ source: source:001 }", "an evidence item has no 'quote'")]
    [InlineData("{ quote: 原文 }", "an evidence item has no 'source'")]
    [InlineData("{ source: source:001, quote: '' }", "an evidence item has no 'quote'")]
    public void An_evidence_item_needs_a_source_and_a_quote(string item, string expected) =>
        ShouldReport(ValidateWithCommon($"relationships:\n  - type: MET\n    from: 陈金虎\n    to: 华润集团\n    evidence:\n      - {item}\n"),
            FactErrorCodes.MissingField, 6, 9, expected);

    [Fact]
    public void Evidence_citing_an_undeclared_source_is_refused() =>
        ShouldReport(ValidateWithCommon("relationships:\n  - type: MET\n    from: 陈金虎\n    to: 华润集团\n    evidence:\n      - source: source:404\n        quote: 原文\n"),
            FactErrorCodes.UnknownSource, 6, 17, "evidence cites 'source:404', which no file declares under 'sources'");

    [Theory]
    [InlineData("2024-13", "'2024-13' has month 13; expected 01 to 12")]
    [InlineData("2023-02-29", "'2023-02-29' has day 29, which 2023-02 does not have")]
    [InlineData("2024/10/22", "'2024/10/22' is not a date; expected yyyy, yyyy-MM or yyyy-MM-dd")]
    [InlineData("去年", "'去年' is not a date")]
    public void An_impossible_date_is_refused_with_the_reason(string date, string expected) =>
        ShouldReport(ValidateWithCommon(RelationshipFile(Met.Replace("2024-10-22", date, StringComparison.Ordinal))),
            FactErrorCodes.InvalidDate, 5, 11, $"'date' is not a real date: {expected}");

    [Fact]
    public void An_impossible_publication_date_is_refused() =>
        ShouldReport(ValidateWithCommon("sources:\n  - { id: source:009, title: X, publishedOn: 2024-02-30 }\n"),
            FactErrorCodes.InvalidDate, 2, 46, "'publishedOn' is not a real date");

    [Fact]
    public void A_date_on_a_state_type_is_refused() =>
        ShouldReport(ValidateWithCommon(RelationshipFile("type: PART_OF\nfrom: place:wujin\nto: place:changzhou\ndate: 2015")),
            FactErrorCodes.WrongTimeField, 5, 11, "'date' belongs to events, but PART_OF is a state: give 'validFrom' and 'validTo' instead");

    [Theory]
    [InlineData("validFrom", 16)]
    [InlineData("validTo", 14)]
    public void A_validity_on_an_event_type_is_refused(string key, int column) =>
        ShouldReport(ValidateWithCommon(RelationshipFile($"type: MET\nfrom: person:chen-jinhu\nto: org:china-resources\n{key}: 2024")),
            FactErrorCodes.WrongTimeField, 5, column, $"'{key}' belongs to states, but MET is an event: give its 'date' instead");

    [Fact]
    public void A_validity_that_ends_before_it_starts_is_refused() =>
        ShouldReport(ValidateWithCommon(RelationshipFile("type: PART_OF\nfrom: place:wujin\nto: place:changzhou\nvalidFrom: 2020-05\nvalidTo: 2020-03")),
            FactErrorCodes.InvalidInterval, 5, 16, "'validFrom' 2020-05 is after 'validTo' 2020-03");

    [Fact]
    public void A_validity_within_one_year_at_different_precisions_is_accepted() =>
        ValidateWithCommon(RelationshipFile("type: PART_OF\nfrom: place:wujin\nto: place:changzhou\nvalidFrom: 2020-05\nvalidTo: 2020"))
            .Errors.Should().BeEmpty();

    [Fact]
    public void A_position_without_a_role_is_refused() =>
        ShouldReport(ValidateWithCommon(RelationshipFile("type: HOLDS_POSITION\nfrom: person:chen-jinhu\nto: place:changzhou")),
            FactErrorCodes.RoleRequired, 2, 5, "HOLDS_POSITION needs a 'role'");

    [Fact]
    public void A_role_where_the_type_forbids_one_is_refused() =>
        ShouldReport(ValidateWithCommon(RelationshipFile(Met + "\nrole: 主持人")),
            FactErrorCodes.RoleForbidden, 6, 11, "MET takes no 'role'; only HOLDS_POSITION do");

    [Fact]
    public void An_amount_where_the_type_forbids_one_is_refused() =>
        ShouldReport(ValidateWithCommon(RelationshipFile(Met + "\namount: { value: 20, unit: 亿, currency: CNY }")),
            FactErrorCodes.AmountForbidden, 6, 13, "MET takes no 'amount'; only INVESTED_IN, SET_UP_FUND, SIGNED do");

    [Theory]
    [InlineData("{ value: 20, currency: CNY }", FactErrorCodes.MissingField, 13, "an amount has no 'unit'")]
    [InlineData("{ value: 20, unit: 亿 }", FactErrorCodes.MissingField, 13, "an amount has no 'currency'")]
    [InlineData("{ unit: 亿, currency: CNY }", FactErrorCodes.MissingField, 13, "an amount has no 'value'")]
    [InlineData("{ value: 20, unit: 千, currency: CNY }", FactErrorCodes.InvalidAmount, 32, "amount 'unit' '千' is not a money unit of the schema; expected one of: 元, 万, 亿, 万亿")]
    [InlineData("{ value: 20, unit: 亿, currency: RMB }", FactErrorCodes.InvalidAmount, 45, "amount 'currency' 'RMB' is not a currency of the schema; expected one of: CNY, USD, EUR, HKD")]
    [InlineData("{ value: 二十, unit: 亿, currency: CNY }", FactErrorCodes.InvalidAmount, 22, "amount 'value' '二十' is not a number")]
    [InlineData("{ value: 20亿, unit: 亿, currency: CNY }", FactErrorCodes.InvalidAmount, 22, "amount 'value' '20亿' is not a number")]
    [InlineData("{ value: -5, unit: 亿, currency: CNY }", FactErrorCodes.InvalidAmount, 22, "amount 'value' -5 is negative")]
    [InlineData("{ value: 5, unit: 亿, currency: CNY, approximate: maybe }", FactErrorCodes.InvalidAmount, 62, "amount 'approximate' must be true or false, not 'maybe'")]
    public void A_bad_amount_says_what_is_wrong(string amount, string code, int column, string expected) =>
        ShouldReport(ValidateWithCommon(RelationshipFile($"type: INVESTED_IN\nfrom: org:china-resources\nto: project:changzhou-mixc\namount: {amount}")),
            code, 5, column, expected);

    [Fact]
    public void An_approximate_amount_keeps_its_printed_words()
    {
        var result = ValidateWithCommon(RelationshipFile("type: INVESTED_IN\nfrom: org:china-resources\nto: project:changzhou-mixc\namount: { value: 200, unit: 亿, currency: CNY, approximate: true, text: 近200亿元 }"));

        result.Facts.Relationships.Should().ContainSingle().Which.Amount.Should()
            .Be(new Money(200m, "亿", "CNY") { Approximate = true, Text = "近200亿元" });
    }

    [Theory]
    [InlineData("type: [MET]\nfrom: person:chen-jinhu\nto: org:china-resources", 2, 11, "'type' of a relationship must be a single value")]
    [InlineData("type: MET\nfrom: { id: person:chen-jinhu }\nto: org:china-resources", 3, 11, "'from' of a relationship must be a single value")]
    public void A_required_value_of_the_wrong_shape_is_reported_once_as_a_shape_error(string fields, int line, int column, string expected) =>
        ShouldReport(ValidateWithCommon(RelationshipFile(fields)), FactErrorCodes.WrongShape, line, column, expected);

    [Fact]
    public void Every_error_of_every_file_is_reported_together_in_reading_order()
    {
        var result = Validate(
            ("seed/b.yaml", "entities:\n  - { id: place:x, type: CITY }\n  - { id: place:y, type: TOWNSHIP, name: Y }\n"),
            ("seed/a.yaml", "sources:\n  - { id: source:1, title: T, publishedOn: 2024-13 }\nrelationships:\n  - { type: MET, from: nobody, to: 陈金虎 }\n"));

        result.Errors.Select(e => $"{e.Location} {e.Code}").Should().Equal(
            "seed/a.yaml:2:44 invalid-date",
            "seed/a.yaml:4:5 missing-evidence",
            "seed/a.yaml:4:24 unknown-reference",
            "seed/a.yaml:4:36 unknown-reference",
            "seed/b.yaml:2:5 missing-field",
            "seed/b.yaml:3:26 unknown-type");
        result.Facts.Should().Be(GraphSnapshot.Empty);
    }

    [Fact]
    public void An_error_renders_as_file_line_column_message_and_code() =>
        new FactError("seed/a.yaml", 3, 7, FactErrorCodes.UnknownKey, "'qoute' is not a field").ToString()
            .Should().Be("seed/a.yaml:3:7: 'qoute' is not a field [unknown-key]");

    private static void ShouldReport(FactValidationResult result, string code, int line, int column, string message, string file = ArticlePath)
    {
        result.Facts.Should().Be(GraphSnapshot.Empty);
        var error = result.Errors.Should().ContainSingle().Subject;
        error.Should().BeEquivalentTo(new { File = file, Line = line, Column = column, Code = code });
        error.Message.Should().Contain(message);
    }
}
