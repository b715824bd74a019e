namespace KnowledgeGraph.GraphQL.Language;

/// <summary>The kinds of lexical tokens of the GraphQL language (spec section 2.1).</summary>
public enum TokenKind
{
    /// <summary>Start of the source, before the first token.</summary>
    StartOfFile,

    /// <summary>End of the source.</summary>
    EndOfFile,

    /// <summary><c>!</c></summary>
    Bang,

    /// <summary><c>$</c></summary>
    Dollar,

    /// <summary><c>&amp;</c></summary>
    Amp,

    /// <summary><c>(</c></summary>
    ParenL,

    /// <summary><c>)</c></summary>
    ParenR,

    /// <summary><c>...</c></summary>
    Spread,

    /// <summary><c>:</c></summary>
    Colon,

    /// <summary><c>=</c></summary>
    Equals,

    /// <summary><c>@</c></summary>
    At,

    /// <summary><c>[</c></summary>
    BracketL,

    /// <summary><c>]</c></summary>
    BracketR,

    /// <summary><c>{</c></summary>
    BraceL,

    /// <summary><c>|</c></summary>
    Pipe,

    /// <summary><c>}</c></summary>
    BraceR,

    /// <summary>A name such as <c>hero</c>.</summary>
    Name,

    /// <summary>An integer literal.</summary>
    Int,

    /// <summary>A float literal.</summary>
    Float,

    /// <summary>A quoted string literal.</summary>
    String,

    /// <summary>A triple-quoted block string literal.</summary>
    BlockString,

    /// <summary>A <c>#</c> comment (skipped by the parser).</summary>
    Comment,
}

/// <summary>How token kinds are described in syntax error messages, as graphql-js does.</summary>
public static class TokenKindExtensions
{
    /// <summary>The description of a kind: punctuators quoted (<c>"{"</c>), others by name (<c>Name</c>, <c>&lt;EOF&gt;</c>).</summary>
    public static string Describe(this TokenKind kind) => kind switch
    {
        TokenKind.StartOfFile => "<SOF>",
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.Amp => "\"&\"",
        TokenKind.ParenL => "\"(\"",
        TokenKind.ParenR => "\")\"",
        TokenKind.Spread => "\"...\"",
        TokenKind.Colon => "\":\"",
        TokenKind.Equals => "\"=\"",
        TokenKind.At => "\"@\"",
        TokenKind.BracketL => "\"[\"",
        TokenKind.BracketR => "\"]\"",
        TokenKind.BraceL => "\"{\"",
        TokenKind.Pipe => "\"|\"",
        TokenKind.BraceR => "\"}\"",
        TokenKind.Name => "Name",
        TokenKind.Int => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        TokenKind.BlockString => "BlockString",
        TokenKind.Comment => "Comment",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown token kind."),
    };
}
