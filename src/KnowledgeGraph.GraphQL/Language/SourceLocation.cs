namespace KnowledgeGraph.GraphQL.Language;

/// <summary>A 1-based line and column in a source text.</summary>
/// <param name="Line">1-based line number.</param>
/// <param name="Column">1-based column, counted in UTF-16 code units.</param>
public readonly record struct SourceLocation(int Line, int Column)
{
    /// <summary>
    /// The line and column of <paramref name="position"/>, treating <c>\r\n</c>, <c>\n</c> and
    /// <c>\r</c> as line terminators (spec section 2.1.2), counted as graphql-js counts them.
    /// </summary>
    public static SourceLocation FromPosition(ReadOnlySpan<char> body, int position)
    {
        var line = 1;
        var lineStart = 0;
        var i = 0;
        while (i < body.Length && i < position)
        {
            var terminatorLength = body[i] switch
            {
                '\n' => 1,
                '\r' => i + 1 < body.Length && body[i + 1] == '\n' ? 2 : 1,
                _ => 0,
            };
            if (terminatorLength == 0)
            {
                i++;
                continue;
            }

            line++;
            i += terminatorLength;
            lineStart = i;
        }

        return new SourceLocation(line, position + 1 - lineStart);
    }
}
