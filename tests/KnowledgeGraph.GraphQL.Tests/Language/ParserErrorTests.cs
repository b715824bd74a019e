using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Tests.Language;

public sealed class ParserErrorTests
{
    /// <summary>Messages, lines and columns as the reference implementation reports them.</summary>
    public static TheoryData<string, string, int, int> InvalidDocuments => new()
    {
        { "", "Syntax Error: Unexpected <EOF>.", 1, 1 },
        { "{", "Syntax Error: Expected Name, found <EOF>.", 1, 2 },
        { "{ field", "Syntax Error: Expected Name, found <EOF>.", 1, 8 },
        { "query", "Syntax Error: Expected \"{\", found <EOF>.", 1, 6 },
        { "{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9 },
        { "fragment on on T { a }", "Syntax Error: Unexpected Name \"on\".", 1, 10 },
        { "{ a(b: $) }", "Syntax Error: Expected Name, found \")\".", 1, 9 },
        { "query Q($v: Int = $x) { a }", "Syntax Error: Unexpected variable \"$x\" in constant value.", 1, 19 },
        { "{ a(x: \"unterminated) }", "Syntax Error: Unterminated string.", 1, 24 },
        { "{ a(x: \"bad \\q\") }", "Syntax Error: Invalid character escape sequence: \"\\q\".", 1, 13 },
        { "{ a(x: \"\\u{110000}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 9 },
        { "{ a(x: \"\\uD800\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\uD800\".", 1, 9 },
        { "{ a(x: \"\\u{}\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{}\".", 1, 9 },
        { "{ a(x: 01) }", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 1, 9 },
        { "{ a(x: 1.) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 10 },
        { "{ a(x: 1.5e) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 12 },
        { "{ a(x: 12abc) }", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 10 },
        { "{ a(x: .5) }", "Syntax Error: Unexpected character: \".\".", 1, 8 },
        { "{ a ? }", "Syntax Error: Unexpected character: \"?\".", 1, 5 },
        { "{ a 'single' }", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 5 },
        { "{ a \u0007 }", "Syntax Error: Unexpected character: U+0007.", 1, 5 },
        { "enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10 },
        { "directive @d on NOWHERE", "Syntax Error: Unexpected Name \"NOWHERE\".", 1, 17 },
        { "extend scalar S", "Syntax Error: Unexpected <EOF>.", 1, 16 },
        { "extend type T", "Syntax Error: Unexpected <EOF>.", 1, 14 },
        { "type T { f(: Int): Int }", "Syntax Error: Expected Name, found \":\".", 1, 12 },
        { "{ a(x: \"\"\"unterminated) }", "Syntax Error: Unterminated string.", 1, 26 },
        { "{ a }\n\n  }", "Syntax Error: Unexpected \"}\".", 3, 3 },
        { "schema { query }", "Syntax Error: Expected \":\", found \"}\".", 1, 16 },
        { "union U = | ", "Syntax Error: Expected Name, found <EOF>.", 1, 13 },
        { "{ a(x: {b: 1, c}) }", "Syntax Error: Expected \":\", found \"}\".", 1, 16 },
        { "query Q($a: [Int) { a }", "Syntax Error: Expected \"]\", found \")\".", 1, 17 },
        { "{ a(x: \"\\u{1F600\") }", "Syntax Error: Invalid Unicode escape sequence: \"\\u{1F600\"\".", 1, 9 },
        { "{\r\n  a(b: \u00E9)\r\n}", "Syntax Error: Unexpected character: U+00E9.", 2, 8 },
        { "subscriptionn S { a }", "Syntax Error: Unexpected Name \"subscriptionn\".", 1, 1 },
        { "{ a... }", "Syntax Error: Expected \"{\", found \"}\".", 1, 8 },
        { "extend Foo", "Syntax Error: Unexpected Name \"Foo\".", 1, 8 },
        { "input I { f: Int = $v }", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 20 },
        { "\"desc\" query { a }", "Syntax Error: Unexpected description, descriptions are supported only on type definitions.", 1, 1 },
        { "\"desc\" { a }", "Syntax Error: Unexpected \"{\".", 1, 8 },
    };

    [Theory]
    [MemberData(nameof(InvalidDocuments))]
    public void An_invalid_document_is_rejected_with_the_reference_message_and_position(
        string document, string message, int line, int column)
    {
        var parse = () => Parser.Parse(document);

        var error = parse.Should().Throw<GraphQLSyntaxException>().Which;
        error.Message.Should().Be(message);
        error.Line.Should().Be(line);
        error.Column.Should().Be(column);
    }

    [Fact]
    public void A_document_with_more_tokens_than_allowed_is_rejected_at_the_first_token_too_many()
    {
        var document = "{ " + string.Join(" ", Enumerable.Repeat("a", 20)) + " }";

        var parse = () => Parser.Parse(document, new ParserOptions { MaxTokens = 10 });

        var error = parse.Should().Throw<GraphQLSyntaxException>().Which;
        error.Message.Should().Be("Syntax Error: Document contains more than 10 tokens. Parsing aborted.");
        error.Column.Should().Be(21);
    }

    [Fact]
    public void The_default_token_limit_is_fifteen_thousand()
    {
        var document = "{ " + string.Join(" ", Enumerable.Repeat("a", 15_000)) + " }";

        var parse = () => Parser.Parse(document);

        parse.Should().Throw<GraphQLSyntaxException>().WithMessage("*more than 15000 tokens*");
    }

    [Fact]
    public void Comments_do_not_count_towards_the_token_limit()
    {
        var document = "# one\n# two\n# three\n{ a }";

        var parsed = Parser.Parse(document, new ParserOptions { MaxTokens = 3 });

        parsed.Definitions.Should().ContainSingle();
    }

    [Fact]
    public void A_document_longer_than_allowed_is_rejected_before_lexing()
    {
        var document = "{ a }" + new string(' ', 100);

        var parse = () => Parser.Parse(document, new ParserOptions { MaxDocumentLength = 50 });

        parse.Should().Throw<GraphQLSyntaxException>()
            .WithMessage("Syntax Error: Source contains more than 50 UTF-16 code units. Parsing aborted.");
    }

    [Fact]
    public void The_default_document_length_limit_is_one_mebi_character()
    {
        var document = "{ a }" + new string(' ', 1_048_576);

        var parse = () => Parser.Parse(document);

        parse.Should().Throw<GraphQLSyntaxException>().WithMessage("*more than 1048576 UTF-16 code units*");
    }

    [Theory]
    [InlineData("{ a { a { a { a } } } }")]
    [InlineData("{ a(x: [[[[1]]]]) }")]
    [InlineData("{ a(x: {a: {a: {a: {a: 1}}}}) }")]
    [InlineData("query ($v: [[[[Int]]]]) { a }")]
    public void Nesting_deeper_than_allowed_is_rejected(string document)
    {
        var parse = () => Parser.Parse(document, new ParserOptions { MaxDepth = 3 });

        parse.Should().Throw<GraphQLSyntaxException>()
            .WithMessage("Syntax Error: Document nesting exceeds the maximum depth of 3. Parsing aborted.");
    }

    [Fact]
    public void Deep_nesting_within_the_default_limit_parses_and_deeper_nesting_fails_without_overflowing_the_stack()
    {
        var withinLimit = string.Concat(Enumerable.Repeat("{ a ", 256)) + new string('}', 256);
        var beyondLimit = string.Concat(Enumerable.Repeat("{ a ", 5_000)) + new string('}', 5_000);

        var parsed = Parser.Parse(withinLimit);
        var parseDeep = () => Parser.Parse(beyondLimit);

        parsed.Definitions.Should().ContainSingle();
        parseDeep.Should().Throw<GraphQLSyntaxException>().WithMessage("*maximum depth of 256*");
    }
}
