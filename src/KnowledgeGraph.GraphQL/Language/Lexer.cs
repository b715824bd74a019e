using System.Globalization;
using System.Text;

namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// The lexical grammar of spec section 2.1 over a UTF-16 span. <see cref="Advance"/> moves to the
/// next significant token, skipping ignored tokens (white space, line terminators, commas, the
/// byte order mark and comments), as graphql-js's Lexer does.
/// </summary>
public ref partial struct Lexer
{
    private readonly ReadOnlySpan<char> _body;

    /// <summary>Creates a lexer positioned before the first token.</summary>
    public Lexer(ReadOnlySpan<char> body)
    {
        _body = body;
        Token = new Token(TokenKind.StartOfFile, 0, 0);
    }

    /// <summary>The source being lexed.</summary>
    public readonly ReadOnlySpan<char> Body => _body;

    /// <summary>The current token.</summary>
    public Token Token { get; private set; }

    /// <summary>Moves to the next significant token and returns it.</summary>
    public Token Advance()
    {
        Token = Lookahead();
        return Token;
    }

    /// <summary>Reads the next significant token without moving to it.</summary>
    public readonly Token Lookahead()
    {
        var token = Token;
        if (token.Kind == TokenKind.EndOfFile)
        {
            return token;
        }

        do
        {
            token = ReadNextToken(token.End);
        }
        while (token.Kind == TokenKind.Comment);
        return token;
    }

    /// <summary>The text of a name or number token.</summary>
    public readonly string TextOf(Token token) => token.Value ?? _body[token.Start..token.End].ToString();

    private readonly Token ReadNextToken(int start)
    {
        var position = start;
        while (position < _body.Length)
        {
            var code = _body[position];
            switch (code)
            {
                case '\uFEFF' or '\t' or ' ' or ',' or '\n' or '\r':
                    position++;
                    continue;
                case '#':
                    return ReadComment(position);
                case '"':
                    return At(position + 1) == '"' && At(position + 2) == '"'
                        ? ReadBlockString(position)
                        : ReadString(position);
                case '.' when At(position + 1) == '.' && At(position + 2) == '.':
                    return new Token(TokenKind.Spread, position, position + 3);
            }

            if (Punctuator(code) is { } kind)
            {
                return new Token(kind, position, position + 1);
            }

            if (CharacterClasses.IsDigit(code) || code == '-')
            {
                return ReadNumber(position, code);
            }

            if (CharacterClasses.IsNameStart(code))
            {
                return ReadName(position);
            }

            throw Error(position, code == '\''
                ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
                : CharacterClasses.IsUnicodeScalarValue(code) || CharacterClasses.IsSupplementaryCodePoint(_body, position)
                    ? $"Unexpected character: {PrintCodePointAt(position)}."
                    : $"Invalid character: {PrintCodePointAt(position)}.");
        }

        return new Token(TokenKind.EndOfFile, _body.Length, _body.Length);
    }

    private static TokenKind? Punctuator(char code) => code switch
    {
        '!' => TokenKind.Bang,
        '$' => TokenKind.Dollar,
        '&' => TokenKind.Amp,
        '(' => TokenKind.ParenL,
        ')' => TokenKind.ParenR,
        ':' => TokenKind.Colon,
        '=' => TokenKind.Equals,
        '@' => TokenKind.At,
        '[' => TokenKind.BracketL,
        ']' => TokenKind.BracketR,
        '{' => TokenKind.BraceL,
        '|' => TokenKind.Pipe,
        '}' => TokenKind.BraceR,
        _ => null,
    };

    /// <summary>The character at <paramref name="position"/>, or -1 past the end.</summary>
    private readonly int At(int position) => position < _body.Length ? _body[position] : -1;

    /// <summary>Comment :: # CommentChar* [lookahead != CommentChar]</summary>
    private readonly Token ReadComment(int start)
    {
        var position = start + 1;
        while (position < _body.Length)
        {
            var code = _body[position];
            if (code is '\n' or '\r')
            {
                break;
            }

            if (CharacterClasses.IsUnicodeScalarValue(code))
            {
                position++;
            }
            else if (CharacterClasses.IsSupplementaryCodePoint(_body, position))
            {
                position += 2;
            }
            else
            {
                break;
            }
        }

        return new Token(TokenKind.Comment, start, position);
    }

    /// <summary>
    /// IntValue :: IntegerPart [lookahead != {Digit, `.`, NameStart}]
    /// FloatValue :: IntegerPart FractionalPart ExponentPart | IntegerPart FractionalPart | IntegerPart ExponentPart
    /// </summary>
    private readonly Token ReadNumber(int start, int firstCode)
    {
        var position = start;
        var code = firstCode;
        var isFloat = false;
        if (code == '-')
        {
            code = At(++position);
        }

        if (code == '0')
        {
            code = At(++position);
            if (CharacterClasses.IsDigit(code))
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {PrintCodePointAt(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position, code);
            code = At(position);
        }

        if (code == '.')
        {
            isFloat = true;
            code = At(++position);
            position = ReadDigits(position, code);
            code = At(position);
        }

        if (code is 'E' or 'e')
        {
            isFloat = true;
            code = At(++position);
            if (code is '+' or '-')
            {
                code = At(++position);
            }

            position = ReadDigits(position, code);
            code = At(position);
        }

        if (code == '.' || CharacterClasses.IsNameStart(code))
        {
            throw Error(position, $"Invalid number, expected digit but got: {PrintCodePointAt(position)}.");
        }

        return new Token(isFloat ? TokenKind.Float : TokenKind.Int, start, position);
    }

    private readonly int ReadDigits(int start, int firstCode)
    {
        if (!CharacterClasses.IsDigit(firstCode))
        {
            throw Error(start, $"Invalid number, expected digit but got: {PrintCodePointAt(start)}.");
        }

        var position = start + 1;
        while (CharacterClasses.IsDigit(At(position)))
        {
            position++;
        }

        return position;
    }

    /// <summary>Name :: NameStart NameContinue* [lookahead != NameContinue]</summary>
    private readonly Token ReadName(int start)
    {
        var position = start + 1;
        while (position < _body.Length && CharacterClasses.IsNameContinue(_body[position]))
        {
            position++;
        }

        return new Token(TokenKind.Name, start, position);
    }

    /// <summary>Describes the code point at a position: printable ASCII quoted, others as U+XXXX.</summary>
    private readonly string PrintCodePointAt(int position)
    {
        if (position >= _body.Length)
        {
            return TokenKind.EndOfFile.Describe();
        }

        int code = CharacterClasses.IsSupplementaryCodePoint(_body, position)
            ? char.ConvertToUtf32(_body[position], _body[position + 1])
            : _body[position];
        if (code is >= 0x20 and <= 0x7E)
        {
            return code == '"' ? "'\"'" : $"\"{(char)code}\"";
        }

        return "U+" + code.ToString("X4", CultureInfo.InvariantCulture);
    }

    private readonly GraphQLSyntaxException Error(int position, string description) => new(_body, position, description);

    private static void AppendCodePoint(StringBuilder builder, int codePoint)
    {
        if (codePoint > 0xFFFF)
        {
            builder.Append(char.ConvertFromUtf32(codePoint));
        }
        else
        {
            builder.Append((char)codePoint);
        }
    }
}
