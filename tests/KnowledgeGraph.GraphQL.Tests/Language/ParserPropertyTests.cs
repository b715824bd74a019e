using FsCheck;
using FsCheck.Fluent;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Tests.Language;

public sealed class ParserPropertyTests
{
    private static readonly string[] Fragments =
    [
        "{", "}", "(", ")", "[", "]", ":", "=", "!", "|", "&", "@", "$", "...", " ", "\n", "\r", ",", "#", "\"",
        "\"\"\"", "\\", "\\u", "\\u{", "query", "mutation", "fragment", "on", "type", "extend", "schema", "a", "b1",
        "_x", "0", "-1", "1.5", "e", "E+3", ".", "'", "é", "😀", "\uD800", "\uFEFF", "\t", "true", "null",
    ];

    private static readonly Gen<string> TokenSoup =
        Gen.ListOf(Gen.Elements(Fragments)).Select(parts => string.Concat(parts));

    private static readonly Gen<string> LeafValue = Gen.Elements(
        "1", "-20", "0.5", "3e10", "\"text\"", "\"esc\\n\\u00e9\"", "\"\"\"block\n   text\"\"\"", "true", "false", "null", "RED", "$v");

    [Fact]
    public void The_parser_throws_nothing_but_syntax_errors_on_arbitrary_text()
    {
        var anyText = Gen.OneOf(TokenSoup, ArbMap.Default.GeneratorFor<string>().Where(text => text is not null));

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2_000), Prop.ForAll(anyText.ToArbitrary(), ParsesOrFailsWithSyntaxError));
    }

    [Fact]
    public void Printing_a_parsed_printed_document_is_a_fixed_point()
    {
        var documents = Gen.Sized(size => Document(Math.Min(size / 10, 4)));

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(documents.ToArbitrary(), PrintIsFixedPoint));
    }

    private static bool ParsesOrFailsWithSyntaxError(string text)
    {
        try
        {
            Parser.Parse(text);
        }
        catch (GraphQLSyntaxException)
        {
            // The only exception allowed.
        }

        return true;
    }

    private static bool PrintIsFixedPoint(string document)
    {
        var printed = Printer.Print(Parser.Parse(document));
        return Printer.Print(Parser.Parse(printed)) == printed;
    }

    private static Gen<string> Document(int depth) =>
        from operation in Gen.Elements("query Q($v: [Int!] = [1])", "mutation", "", "subscription S @d")
        from selections in SelectionSet(depth)
        from withFragment in Gen.Elements(true, false)
        select operation + " " + selections + (withFragment ? "\nfragment F on T @d(a: 1) " + selections : "");

    private static Gen<string> SelectionSet(int depth) =>
        Gen.NonEmptyListOf(Selection(depth)).Select(selections => "{ " + string.Join(" ", selections) + " }");

    private static Gen<string> Selection(int depth) => Gen.OneOf(
        Field(depth),
        Gen.Constant("...F @include(if: $v)"),
        depth == 0 ? Field(0) : SelectionSet(depth - 1).Select(set => "... on T " + set));

    private static Gen<string> Field(int depth) =>
        from alias in Gen.Elements("", "alias: ")
        from name in Gen.Elements("a", "b", "__typename", "on")
        from arguments in Gen.ListOf(Value(depth).Select(value => "x: " + value))
        from directive in Gen.Elements("", " @skip(if: true)")
        from children in depth == 0 ? Gen.Constant("") : Gen.OneOf(Gen.Constant(""), SelectionSet(depth - 1))
        select alias + name + (arguments.Count == 0 ? "" : "(" + string.Join(", ", arguments) + ")") + directive + " " + children;

    private static Gen<string> Value(int depth) => depth == 0
        ? LeafValue
        : Gen.OneOf(
            LeafValue,
            Gen.ListOf(Value(depth - 1)).Select(values => "[" + string.Join(" ", values) + "]"),
            Gen.ListOf(Value(depth - 1)).Select(values => "{" + string.Concat(values.Select((value, i) => $"f{i}: {value} ")) + "}"));
}
