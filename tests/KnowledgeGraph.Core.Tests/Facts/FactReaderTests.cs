using System.Text;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Core.Schema;
using static KnowledgeGraph.Core.Tests.Facts.FactFixtures;

namespace KnowledgeGraph.Core.Tests.Facts;

public sealed class FactReaderTests
{
    [Fact]
    public void A_valid_file_reads_without_errors() =>
        Read(Article).Errors.Should().BeEmpty();

    [Fact]
    public void An_empty_file_reads_as_no_facts()
    {
        var file = Read("# nothing curated yet\n");

        file.Errors.Should().BeEmpty();
        new FactValidator(GraphSchema.Default).Validate([file]).Facts.Entities.Should().BeEmpty();
    }

    [Fact]
    public void Malformed_yaml_is_reported_where_the_parser_stopped()
    {
        var file = Read("entities:\n  - id: place:x\n   type: CITY\n");

        var error = file.Errors.Should().ContainSingle().Subject;
        error.Should().BeEquivalentTo(new { File = ArticlePath, Code = FactErrorCodes.MalformedYaml, Line = 3, Column = 4 });
        error.Message.Should().StartWith("the file is not valid YAML: ").And.Contain("did not find expected '-' indicator");
    }

    [Fact]
    public void An_unclosed_bracket_is_reported_where_it_opens()
    {
        var file = Read("entities:\n  - id: place:x\n    aliases: [武进\nrelationships: []\n");

        var error = file.Errors.Should().ContainSingle().Subject;
        error.Should().BeEquivalentTo(new { Code = FactErrorCodes.MalformedYaml, Line = 3, Column = 14 });
        error.Message.Should().Contain("an unclosed bracket or quote?");
    }

    [Fact]
    public void A_key_written_twice_is_malformed_yaml()
    {
        var file = Read("entities:\n  - id: place:x\n    id: place:y\n");

        file.Errors.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Code = FactErrorCodes.MalformedYaml, Line = 3 });
        file.Errors[0].Message.Should().Contain("Duplicate key");
    }

    [Fact]
    public void A_key_left_out_before_its_colon_is_reported_where_the_key_belongs()
    {
        var file = Read("sources:\n  - : source:002\n    title: x\n");

        var error = file.Errors.Should().ContainSingle().Subject;
        error.Should().BeEquivalentTo(new { Code = FactErrorCodes.MalformedYaml, Line = 2 });
        error.Message.Should().Be("a key is missing before ':'");
    }

    [Fact]
    public void An_unknown_top_level_key_suggests_the_key_meant()
    {
        var file = Read("relationship:\n  - type: MET\n");

        var error = file.Errors.Should().ContainSingle().Subject;
        error.Should().BeEquivalentTo(new { Code = FactErrorCodes.UnknownKey, Line = 1, Column = 1 });
        error.Message.Should().Contain("'relationship' is not a field of a fact file; did you mean 'relationships'?");
    }

    [Fact]
    public void A_misspelt_item_key_names_the_field_meant()
    {
        var file = Read("relationships:\n  - type: MET\n    evidence:\n      - source: source:001\n        qoute: 原文\n");

        var error = file.Errors.Should().ContainSingle().Subject;
        error.Should().BeEquivalentTo(new { Code = FactErrorCodes.UnknownKey, Line = 5, Column = 9 });
        error.Message.Should().Be("'qoute' is not a field of an evidence item; did you mean 'quote'? expected one of: source, quote");
    }

    [Fact]
    public void A_key_far_from_any_field_lists_the_fields_without_guessing()
    {
        var file = Read("entities:\n  - { id: place:x, colour: red }\n");

        file.Errors.Should().ContainSingle().Which.Message.Should()
            .Be("'colour' is not a field of an entity; expected one of: id, type, name, nameEn, aliases, note, distinctFrom");
    }

    [Theory]
    [InlineData("entities: { id: place:x }\n", 1, 11, "'entities' of a fact file must be a list of items")]
    [InlineData("entities:\n  - place:x\n", 2, 5, "each item of 'entities' must be a mapping")]
    [InlineData("entities:\n  - { id: place:x, aliases: 武进 }\n", 2, 29, "'aliases' of an entity must be a list of values")]
    [InlineData("entities:\n  - { id: place:x, name: [a, b] }\n", 2, 26, "'name' of an entity must be a single value")]
    [InlineData("relationships:\n  - { type: MET, amount: 20 }\n", 2, 26, "'amount' of a relationship must be a mapping")]
    [InlineData("- just a list\n", 1, 1, "a fact file is a mapping")]
    public void A_value_of_the_wrong_shape_says_what_shape_it_needs(string yaml, int line, int column, string expected)
    {
        var error = Read(yaml).Errors.Should().ContainSingle().Subject;

        error.Should().BeEquivalentTo(new { Code = FactErrorCodes.WrongShape, Line = line, Column = column });
        error.Message.Should().Contain(expected);
    }

    [Fact]
    public void A_second_yaml_document_is_refused()
    {
        var error = Read("entities: []\n---\nsources: []\n").Errors.Should().ContainSingle().Subject;

        error.Should().BeEquivalentTo(new { Code = FactErrorCodes.MultipleDocuments, Line = 3, Column = 1 });
    }

    [Fact]
    public void Aliases_are_refused_because_one_line_could_multiply_into_millions_of_items()
    {
        var error = Read("entities:\n  - &a { id: place:x, type: CITY, name: X }\n  - *a\n").Errors.Should().ContainSingle().Subject;

        error.Should().BeEquivalentTo(new { Code = FactErrorCodes.UnsupportedYaml, Line = 3, Column = 5 });
        error.Message.Should().Contain("aliases (*a) are not supported");
    }

    [Fact]
    public void Nesting_far_deeper_than_the_format_is_refused_before_it_can_exhaust_the_stack()
    {
        var yaml = "entities: " + new string('[', 100_000) + new string(']', 100_000) + "\n";

        var error = Read(yaml).Errors.Should().ContainSingle().Subject;

        error.Should().BeEquivalentTo(new { Code = FactErrorCodes.UnsupportedYaml, Line = 1 });
        error.Message.Should().Contain("nest deeper than");
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_reported_with_the_offset_line_and_column_of_the_bad_byte()
    {
        var bytes = Encoding.UTF8.GetBytes("entities:\n  - { name: 武进").Concat(new byte[] { 0xFF, 0x7D }).ToArray();

        var error = ReadBytes(bytes).Errors.Should().ContainSingle().Subject;

        error.Should().BeEquivalentTo(new { Code = FactErrorCodes.NotUtf8, Line = 2, Column = 15 });
        error.Message.Should().Be($"the file is not UTF-8: byte 0xFF at offset {bytes.Length - 2} is not valid UTF-8; save the file as UTF-8");
    }

    [Fact]
    public void A_utf16_file_is_named_as_such()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("entities: []\n")).ToArray();

        var error = ReadBytes(bytes).Errors.Should().ContainSingle().Subject;

        error.Should().BeEquivalentTo(new { Code = FactErrorCodes.NotUtf8, Line = 1, Column = 1 });
        error.Message.Should().Contain("(it looks like UTF-16)");
    }

    [Theory]
    [InlineData("\\a", "U+0007")]
    [InlineData("\\x00", "U+0000")]
    [InlineData("\\uFFFF", "U+FFFF")]
    public void A_control_character_in_text_is_refused_where_it_stands(string escape, string character)
    {
        var file = Read($"entities:\n  - id: place:x\n    type: CITY\n    name: \"常州{escape}市\"\n");

        var error = file.Errors.Should().ContainSingle().Subject;
        error.Should().BeEquivalentTo(new { Code = FactErrorCodes.ForbiddenCharacter, Line = 4, Column = 11 });
        error.Message.Should().Be($"'name' of an entity holds the character {character} at position 3; text may hold tabs and line breaks but no other control characters");
    }

    [Theory]
    [InlineData("常州\\t市")]
    [InlineData("常州\\n市")]
    [InlineData("𠮷野家")]
    public void Tabs_line_breaks_and_characters_beyond_the_basic_plane_are_text(string name) =>
        Read($"entities:\n  - id: place:x\n    type: CITY\n    name: \"{name}\"\n").Errors.Should().BeEmpty();

    [Fact]
    public void A_utf8_byte_order_mark_is_accepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Common)).ToArray();

        ReadBytes(bytes).Errors.Should().BeEmpty();
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_without_being_parsed()
    {
        var options = new FactReaderOptions { MaxFileBytes = 64 };

        var error = Read(new string('#', 65), options: options).Errors.Should().ContainSingle().Subject;

        error.Should().BeEquivalentTo(new { Code = FactErrorCodes.FileTooLarge, Line = 1, Column = 1 });
        error.Message.Should().Contain("larger than the limit of 64 bytes").And.Contain("FactReaderOptions.MaxFileBytes");
    }

    [Fact]
    public void A_file_exactly_at_the_size_limit_is_read()
    {
        var options = new FactReaderOptions { MaxFileBytes = 64 };

        Read(new string('#', 64), options: options).Errors.Should().BeEmpty();
    }

    [Fact]
    public void The_default_size_limit_is_four_mebibytes() =>
        new FactReaderOptions().MaxFileBytes.Should().Be(4 * 1024 * 1024);
}
