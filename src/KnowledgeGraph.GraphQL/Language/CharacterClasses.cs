namespace KnowledgeGraph.GraphQL.Language;

/// <summary>The character classes of the lexical grammar (spec section 2.1).</summary>
internal static class CharacterClasses
{
    /// <summary>WhiteSpace :: Horizontal Tab (U+0009) | Space (U+0020)</summary>
    public static bool IsWhiteSpace(int code) => code is 0x0009 or 0x0020;

    /// <summary>Digit :: one of 0 1 2 3 4 5 6 7 8 9</summary>
    public static bool IsDigit(int code) => code is >= '0' and <= '9';

    /// <summary>Letter :: one of A-Z a-z</summary>
    public static bool IsLetter(int code) => code is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    /// <summary>NameStart :: Letter | <c>_</c></summary>
    public static bool IsNameStart(int code) => IsLetter(code) || code == '_';

    /// <summary>NameContinue :: Letter | Digit | <c>_</c></summary>
    public static bool IsNameContinue(int code) => IsLetter(code) || IsDigit(code) || code == '_';

    /// <summary>A Unicode scalar value: any code point but a surrogate.</summary>
    public static bool IsUnicodeScalarValue(int code) => code is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    /// <summary>True when a valid surrogate pair starts at <paramref name="position"/>.</summary>
    public static bool IsSupplementaryCodePoint(ReadOnlySpan<char> body, int position) =>
        position + 1 < body.Length && char.IsHighSurrogate(body[position]) && char.IsLowSurrogate(body[position + 1]);

    /// <summary>True when <paramref name="name"/> matches Name :: NameStart NameContinue*.</summary>
    public static bool IsName(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty || !IsNameStart(name[0]))
        {
            return false;
        }

        foreach (var c in name[1..])
        {
            if (!IsNameContinue(c))
            {
                return false;
            }
        }

        return true;
    }
}
