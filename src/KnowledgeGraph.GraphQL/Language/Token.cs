namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// One lexical token: its kind and its UTF-16 offsets in the source. Only string tokens carry a
/// decoded <see cref="Value"/>; the text of names and numbers is the source between
/// <see cref="Start"/> and <see cref="End"/>, so lexing allocates nothing for them.
/// </summary>
/// <param name="Kind">The kind of token.</param>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Value">The decoded value of a <see cref="TokenKind.String"/> or <see cref="TokenKind.BlockString"/>, else null.</param>
public readonly record struct Token(TokenKind Kind, int Start, int End, string? Value = null)
{
    /// <summary>The raw text of the token in <paramref name="body"/>.</summary>
    public ReadOnlySpan<char> Text(ReadOnlySpan<char> body) => body[Start..End];
}
