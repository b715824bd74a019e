using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Tests.Language;

public sealed class LexerTests
{
    private static List<(TokenKind Kind, string Text)> Lex(string body)
    {
        var lexer = new Lexer(body);
        var tokens = new List<(TokenKind, string)>();
        for (var token = lexer.Advance(); token.Kind != TokenKind.EndOfFile; token = lexer.Advance())
        {
            tokens.Add((token.Kind, lexer.TextOf(token)));
        }

        return tokens;
    }

    [Fact]
    public void Punctuators_names_and_numbers_are_lexed_while_ignored_tokens_are_skipped()
    {
        var tokens = Lex("\uFEFF! $ & ( ) ... : = @ [ ] { | } ,,\tname_1 -12 0 3.5e-2 1E3 # a comment\r\n");

        tokens.Should().Equal(
            (TokenKind.Bang, "!"), (TokenKind.Dollar, "$"), (TokenKind.Amp, "&"), (TokenKind.ParenL, "("),
            (TokenKind.ParenR, ")"), (TokenKind.Spread, "..."), (TokenKind.Colon, ":"), (TokenKind.Equals, "="),
            (TokenKind.At, "@"), (TokenKind.BracketL, "["), (TokenKind.BracketR, "]"), (TokenKind.BraceL, "{"),
            (TokenKind.Pipe, "|"), (TokenKind.BraceR, "}"), (TokenKind.Name, "name_1"), (TokenKind.Int, "-12"),
            (TokenKind.Int, "0"), (TokenKind.Float, "3.5e-2"), (TokenKind.Float, "1E3"));
    }

    [Theory]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\"quote \\\" slash \\\\ \\/ \\b\\f\\n\\r\\t\"", "quote \" slash \\ / \b\f\n\r\t")]
    [InlineData("\"\\u4E2D\\u6587\"", "中文")]
    [InlineData("\"\\u{1F600} and \\u{4e2d}\"", "\U0001F600 and 中")]
    [InlineData("\"\\uD83D\\uDE00\"", "\U0001F600")]
    [InlineData("\"raw 😀 pair\"", "raw \U0001F600 pair")]
    [InlineData("\"\"", "")]
    public void Strings_decode_their_escape_sequences(string literal, string expected)
    {
        var lexer = new Lexer(literal);

        var token = lexer.Advance();

        token.Kind.Should().Be(TokenKind.String);
        token.Value.Should().Be(expected);
    }

    [Theory]
    [InlineData("\"\"\"\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\"", "Hello,\n  World!\n\nYours,\n  GraphQL.")]
    [InlineData("\"\"\"  first line kept\n    indented\n  \"\"\"", "  first line kept\nindented")]
    [InlineData("\"\"\"escaped \\\"\"\" quotes\"\"\"", "escaped \"\"\" quotes")]
    [InlineData("\"\"\"no \\n escapes \\u1234\"\"\"", "no \\n escapes \\u1234")]
    [InlineData("\"\"\"\r\n  crlf\r\n  lines\r\n\"\"\"", "crlf\nlines")]
    [InlineData("\"\"\"   \n\n\"\"\"", "")]
    public void Block_strings_are_dedented_as_the_spec_says(string literal, string expected)
    {
        var lexer = new Lexer(literal);

        var token = lexer.Advance();

        token.Kind.Should().Be(TokenKind.BlockString);
        token.Value.Should().Be(expected);
    }

    [Fact]
    public void Lookahead_reads_the_next_token_without_moving()
    {
        var lexer = new Lexer("a # comment\n b");
        lexer.Advance();

        var next = lexer.Lookahead();

        lexer.TextOf(next).Should().Be("b");
        lexer.TextOf(lexer.Token).Should().Be("a");
    }

    [Fact]
    public void A_lone_surrogate_in_a_string_is_an_invalid_character()
    {
        var body = "\"bad \uD800 surrogate\"";

        var lex = () => new Lexer(body).Advance();

        lex.Should().Throw<GraphQLSyntaxException>()
            .WithMessage("Syntax Error: Invalid character within String: U+D800.");
    }

    [Theory]
    [InlineData("a\nb", 2, 1)]
    [InlineData("a\r\nb", 2, 1)]
    [InlineData("a\rb", 2, 1)]
    [InlineData("ab\n\n  c", 3, 3)]
    public void Positions_map_to_one_based_lines_and_columns(string body, int line, int column)
    {
        var location = SourceLocation.FromPosition(body, body.Length - 1);

        location.Should().Be(new SourceLocation(line, column));
    }
}
