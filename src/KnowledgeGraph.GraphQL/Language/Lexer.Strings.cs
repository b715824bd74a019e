using System.Text;

namespace KnowledgeGraph.GraphQL.Language;

/// <summary>String and block string values (spec section 2.9.4).</summary>
public ref partial struct Lexer
{
    /// <summary>StringValue :: `"` StringCharacter* `"`</summary>
    private readonly Token ReadString(int start)
    {
        var position = start + 1;
        var chunkStart = position;
        var value = new StringBuilder();
        while (position < _body.Length)
        {
            var code = _body[position];
            if (code == '"')
            {
                value.Append(_body[chunkStart..position]);
                return new Token(TokenKind.String, start, position + 1, value.ToString());
            }

            if (code == '\\')
            {
                value.Append(_body[chunkStart..position]);
                position += At(position + 1) == 'u'
                    ? At(position + 2) == '{'
                        ? ReadEscapedUnicodeVariableWidth(position, value)
                        : ReadEscapedUnicodeFixedWidth(position, value)
                    : ReadEscapedCharacter(position, value);
                chunkStart = position;
                continue;
            }

            if (code is '\n' or '\r')
            {
                break;
            }

            position += SourceCharacterLength(position);
        }

        throw Error(position, "Unterminated string.");
    }

    /// <summary>EscapedUnicode :: `{` HexDigit+ `}` — at most eight digits, a scalar value.</summary>
    private readonly int ReadEscapedUnicodeVariableWidth(int position, StringBuilder value)
    {
        var point = 0;
        var size = 3;
        while (size < 12)
        {
            var code = At(position + size++);
            if (code == '}')
            {
                if (size < 5 || !CharacterClasses.IsUnicodeScalarValue(point))
                {
                    break;
                }

                AppendCodePoint(value, point);
                return size;
            }

            // Int32 arithmetic as in graphql-js: a bad digit or an overflow makes the point negative.
            point = (point << 4) | ReadHexDigit(code);
            if (point < 0)
            {
                break;
            }
        }

        var end = Math.Min(position + size, _body.Length);
        throw Error(position, $"Invalid Unicode escape sequence: \"{_body[position..end]}\".");
    }

    /// <summary>EscapedUnicode :: HexDigit HexDigit HexDigit HexDigit, or a JSON-style surrogate pair.</summary>
    private readonly int ReadEscapedUnicodeFixedWidth(int position, StringBuilder value)
    {
        var code = Read16BitHexCode(position + 2);
        if (CharacterClasses.IsUnicodeScalarValue(code))
        {
            value.Append((char)code);
            return 6;
        }

        if (code >= 0 && char.IsHighSurrogate((char)code) && At(position + 6) == '\\' && At(position + 7) == 'u')
        {
            var trailing = Read16BitHexCode(position + 8);
            if (trailing >= 0 && char.IsLowSurrogate((char)trailing))
            {
                value.Append((char)code).Append((char)trailing);
                return 12;
            }
        }

        var end = Math.Min(position + 6, _body.Length);
        throw Error(position, $"Invalid Unicode escape sequence: \"{_body[position..end]}\".");
    }

    private readonly int Read16BitHexCode(int position) =>
        (ReadHexDigit(At(position)) << 12) | (ReadHexDigit(At(position + 1)) << 8) |
        (ReadHexDigit(At(position + 2)) << 4) | ReadHexDigit(At(position + 3));

    private static int ReadHexDigit(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    /// <summary>EscapedCharacter :: one of `"` `\` `/` `b` `f` `n` `r` `t`</summary>
    private readonly int ReadEscapedCharacter(int position, StringBuilder value)
    {
        char? escaped = At(position + 1) switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => null,
        };
        if (escaped is { } character)
        {
            value.Append(character);
            return 2;
        }

        var end = Math.Min(position + 2, _body.Length);
        throw Error(position, $"Invalid character escape sequence: \"{_body[position..end]}\".");
    }

    /// <summary>
    /// BlockString :: `"""` BlockStringCharacter* `"""`; the value is BlockStringValue of the raw
    /// text, with <c>\"""</c> unescaped.
    /// </summary>
    private readonly Token ReadBlockString(int start)
    {
        var position = start + 3;
        var chunkStart = position;
        var currentLine = new StringBuilder();
        var lines = new List<string>();
        while (position < _body.Length)
        {
            var code = _body[position];
            if (code == '"' && At(position + 1) == '"' && At(position + 2) == '"')
            {
                currentLine.Append(_body[chunkStart..position]);
                lines.Add(currentLine.ToString());
                return new Token(TokenKind.BlockString, start, position + 3, string.Join('\n', BlockString.DedentLines(lines)));
            }

            if (code == '\\' && At(position + 1) == '"' && At(position + 2) == '"' && At(position + 3) == '"')
            {
                currentLine.Append(_body[chunkStart..position]);
                chunkStart = position + 1;
                position += 4;
                continue;
            }

            if (code is '\n' or '\r')
            {
                currentLine.Append(_body[chunkStart..position]);
                lines.Add(currentLine.ToString());
                currentLine.Clear();
                position += code == '\r' && At(position + 1) == '\n' ? 2 : 1;
                chunkStart = position;
                continue;
            }

            position += SourceCharacterLength(position);
        }

        throw Error(position, "Unterminated string.");
    }

    /// <summary>The length of the source character at a position: 1, or 2 for a surrogate pair; a lone surrogate is an error.</summary>
    private readonly int SourceCharacterLength(int position)
    {
        if (CharacterClasses.IsUnicodeScalarValue(_body[position]))
        {
            return 1;
        }

        if (CharacterClasses.IsSupplementaryCodePoint(_body, position))
        {
            return 2;
        }

        throw Error(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
    }
}
