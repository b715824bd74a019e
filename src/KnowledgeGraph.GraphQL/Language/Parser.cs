namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// A recursive-descent parser for the GraphQL language (spec section 2 and the type system
/// language of section 3), one <c>ParseX</c> method per grammar production as in graphql-js.
/// Every failure is a <see cref="GraphQLSyntaxException"/>.
/// </summary>
public ref partial struct Parser
{
    private readonly Source _source;
    private readonly ParserOptions _options;
    private Lexer _lexer;
    private int _lastTokenEnd;
    private int _tokenCount;
    private int _depth;

    private Parser(Source source, ParserOptions? options)
    {
        _source = source;
        _options = options ?? ParserOptions.Default;
        if (source.Body.Length > _options.MaxDocumentLength)
        {
            throw new GraphQLSyntaxException(
                source.Body,
                _options.MaxDocumentLength,
                $"Source contains more than {_options.MaxDocumentLength} UTF-16 code units. Parsing aborted.");
        }

        _lexer = new Lexer(source.Body);
    }

    private delegate T ParseItem<out T>(ref Parser parser);

    /// <summary>Parses a whole document (executable or type system).</summary>
    public static DocumentNode Parse(string text, ParserOptions? options = null) => Parse(new Source(text), options);

    /// <summary>Parses a whole document (executable or type system).</summary>
    public static DocumentNode Parse(Source source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var parser = new Parser(source, options);
        return parser.ParseDocument();
    }

    /// <summary>Parses one value literal, which may contain variables (<c>[1, $x]</c>).</summary>
    public static ValueNode ParseValue(string text, ParserOptions? options = null) =>
        ParseWhole(text, options, static (ref Parser p) => p.ParseValueLiteral(isConst: false));

    /// <summary>Parses one constant value literal (<c>{a: [1, 2]}</c>).</summary>
    public static ValueNode ParseConstValue(string text, ParserOptions? options = null) =>
        ParseWhole(text, options, static (ref Parser p) => p.ParseValueLiteral(isConst: true));

    /// <summary>Parses one type reference (<c>[String!]!</c>).</summary>
    public static TypeNode ParseType(string text, ParserOptions? options = null) =>
        ParseWhole(text, options, static (ref Parser p) => p.ParseTypeReference());

    private static T ParseWhole<T>(string text, ParserOptions? options, ParseItem<T> parseItem)
    {
        var parser = new Parser(new Source(text), options);
        parser.ExpectToken(TokenKind.StartOfFile);
        var result = parseItem(ref parser);
        parser.ExpectToken(TokenKind.EndOfFile);
        return result;
    }

    private readonly Location LocationFrom(Token start) => new(start.Start, _lastTokenEnd, _source);

    private readonly bool Peek(TokenKind kind) => _lexer.Token.Kind == kind;

    private readonly bool PeekKeyword(string keyword) =>
        _lexer.Token.Kind == TokenKind.Name && _lexer.Body[_lexer.Token.Start.._lexer.Token.End].SequenceEqual(keyword);

    private Token ExpectToken(TokenKind kind)
    {
        var token = _lexer.Token;
        if (token.Kind != kind)
        {
            throw Error(token, $"Expected {kind.Describe()}, found {Describe(token)}.");
        }

        AdvanceLexer();
        return token;
    }

    private bool ExpectOptionalToken(TokenKind kind)
    {
        if (!Peek(kind))
        {
            return false;
        }

        AdvanceLexer();
        return true;
    }

    private void ExpectKeyword(string keyword)
    {
        if (!ExpectOptionalKeyword(keyword))
        {
            throw Error(_lexer.Token, $"Expected \"{keyword}\", found {Describe(_lexer.Token)}.");
        }
    }

    private bool ExpectOptionalKeyword(string keyword)
    {
        if (!PeekKeyword(keyword))
        {
            return false;
        }

        AdvanceLexer();
        return true;
    }

    private void AdvanceLexer()
    {
        _lastTokenEnd = _lexer.Token.End;
        var token = _lexer.Advance();
        if (token.Kind != TokenKind.EndOfFile && ++_tokenCount > _options.MaxTokens)
        {
            throw Error(token, $"Document contains more than {_options.MaxTokens} tokens. Parsing aborted.");
        }
    }

    /// <summary>Counts one level of nesting; deep documents fail here instead of overflowing the stack.</summary>
    private void EnterNesting()
    {
        if (++_depth > _options.MaxDepth)
        {
            throw Error(_lexer.Token, $"Document nesting exceeds the maximum depth of {_options.MaxDepth}. Parsing aborted.");
        }
    }

    private void ExitNesting() => _depth--;

    private readonly GraphQLSyntaxException Unexpected(Token? at = null)
    {
        var token = at ?? _lexer.Token;
        return Error(token, $"Unexpected {Describe(token)}.");
    }

    private readonly GraphQLSyntaxException Error(Token at, string description) => new(_lexer.Body, at.Start, description);

    /// <summary>Describes a token as graphql-js does: its kind, then its value in quotes if it has one.</summary>
    private readonly string Describe(Token token) => token.Kind switch
    {
        TokenKind.Name or TokenKind.Int or TokenKind.Float or TokenKind.String or TokenKind.BlockString =>
            $"{token.Kind.Describe()} \"{_lexer.TextOf(token)}\"",
        _ => token.Kind.Describe(),
    };

    /// <summary>open Item* close</summary>
    private List<T> Any<T>(TokenKind open, ParseItem<T> parseItem, TokenKind close)
    {
        ExpectToken(open);
        var nodes = new List<T>();
        while (!ExpectOptionalToken(close))
        {
            nodes.Add(parseItem(ref this));
        }

        return nodes;
    }

    /// <summary>(open Item+ close)?</summary>
    private IReadOnlyList<T> OptionalMany<T>(TokenKind open, ParseItem<T> parseItem, TokenKind close) =>
        Peek(open) ? Many(open, parseItem, close) : [];

    /// <summary>open Item+ close</summary>
    private List<T> Many<T>(TokenKind open, ParseItem<T> parseItem, TokenKind close)
    {
        ExpectToken(open);
        var nodes = new List<T>();
        do
        {
            nodes.Add(parseItem(ref this));
        }
        while (!ExpectOptionalToken(close));
        return nodes;
    }

    /// <summary>delimiter? Item (delimiter Item)*</summary>
    private List<T> DelimitedMany<T>(TokenKind delimiter, ParseItem<T> parseItem)
    {
        ExpectOptionalToken(delimiter);
        var nodes = new List<T>();
        do
        {
            nodes.Add(parseItem(ref this));
        }
        while (ExpectOptionalToken(delimiter));
        return nodes;
    }
}
