using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Tests.Language;

public sealed class PrinterTests
{
    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("quote \" slash \\", "\"quote \\\" slash \\\\\"")]
    [InlineData("tab\tline\ncontrol\u0001del\u007f", "\"tab\\tline\\ncontrol\\u0001del\\u007F\"")]
    [InlineData("中文 😀", "\"中文 😀\"")]
    public void Strings_are_escaped_as_the_reference_printer_escapes_them(string value, string printed)
    {
        Printer.PrintString(value).Should().Be(printed);
    }

    [Theory]
    [InlineData("one line", "\"\"\"one line\"\"\"")]
    [InlineData("two\nlines", "\"\"\"\ntwo\nlines\n\"\"\"")]
    [InlineData("ends with quote\"", "\"\"\"\nends with quote\"\n\"\"\"")]
    [InlineData("  leading space", "\"\"\"  leading space\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"")]
    [InlineData("first\n  indented", "\"\"\"\nfirst\n  indented\n\"\"\"")]
    public void Block_strings_print_as_the_reference_printer_prints_them(string value, string printed)
    {
        BlockString.Print(value).Should().Be(printed);
    }

    [Fact]
    public void Long_argument_lists_wrap_one_argument_per_line()
    {
        var document = Parser.Parse("{ f(first: \"aaaaaaaaaaaaaaaaaaaa\", second: \"bbbbbbbbbbbbbbbbbbbb\", third: \"cccccccccc\") }");

        var printed = Printer.Print(document);

        printed.Should().Be(
            "{\n  f(\n    first: \"aaaaaaaaaaaaaaaaaaaa\"\n    second: \"bbbbbbbbbbbbbbbbbbbb\"\n    third: \"cccccccccc\"\n  )\n}");
    }

    [Fact]
    public void Nodes_built_in_code_print_without_locations()
    {
        var field = new FieldNode(null, "name", [new ArgumentNode("lang", new EnumValueNode("ZH"))], [], null);
        var document = new DocumentNode(
            [new OperationDefinitionNode(OperationType.Query, null, [], [], new SelectionSetNode([field]))]);

        Printer.Print(document).Should().Be("{\n  name(lang: ZH)\n}");
    }
}
