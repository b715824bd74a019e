using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace KnowledgeGraph.GraphQL.Http;

/// <summary>
/// Finds the first string of a JSON text (a value or a property name) that is not Unicode text:
/// raw bytes that are not UTF-8, or a <c>\u</c> escape of one half of a surrogate pair without
/// the other (RFC 8259 §8.1, §8.2). System.Text.Json parses such strings without complaint and
/// fails only when one is read, saying neither what is wrong nor where.
/// </summary>
internal static class JsonStringCheck
{
    /// <summary>What is wrong with the first such string and where, or null when every string is Unicode text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">The reader options the text will be parsed with.</param>
    /// <param name="skippedBytes">Bytes the client sent before <paramref name="json"/> (a byte order mark), so that offsets count from the first byte sent.</param>
    /// <exception cref="JsonException">The text is not well-formed JSON.</exception>
    public static string? FindProblem(ReadOnlySequence<byte> json, JsonReaderOptions options, int skippedBytes)
    {
        var reader = new Utf8JsonReader(json, options);
        while (reader.Read())
        {
            if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName))
            {
                continue;
            }

            ReadOnlySpan<byte> content = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
            var (problem, index) = FindProblem(content, reader.ValueIsEscaped);
            if (problem is not null)
            {
                var quote = reader.TokenStartIndex;
                var at = quote + 1 + index;
                return $"{problem} at byte offset {skippedBytes + at} (line {LineOf(json, at)}), in the string that starts at byte offset {skippedBytes + quote}.";
            }
        }

        return null;
    }

    /// <summary>The problem with a string's content between its quotes, and the index where it starts.</summary>
    private static (string? Problem, int Index) FindProblem(ReadOnlySpan<byte> content, bool isEscaped)
    {
        if (!Utf8.IsValid(content))
        {
            var index = FirstInvalidUtf8(content);
            return ($"invalid UTF-8 (byte 0x{content[index]:X2})", index);
        }

        var escape = isEscaped ? FirstLoneSurrogateEscape(content) : -1;
        return escape < 0 ? (null, -1) : ($"a lone surrogate escape ({Encoding.ASCII.GetString(content.Slice(escape, 6))})", escape);
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> content)
    {
        var index = 0;
        while (Rune.DecodeFromUtf8(content[index..], out _, out var consumed) == OperationStatus.Done)
        {
            index += consumed;
        }

        return index;
    }

    /// <summary>
    /// Where the first <c>\uXXXX</c> escape of a surrogate stands without its pair: a low one
    /// first, or a high one not followed at once by an escaped low one; -1 if none. The reader
    /// has checked the escapes' syntax already.
    /// </summary>
    private static int FirstLoneSurrogateEscape(ReadOnlySpan<byte> content)
    {
        for (var i = 0; i < content.Length; i++)
        {
            if (content[i] != (byte)'\\')
            {
                continue;
            }

            if (content[i + 1] != (byte)'u')
            {
                i++;
                continue;
            }

            var unit = EscapedUnit(content, i);
            if (char.IsLowSurrogate(unit) || (char.IsHighSurrogate(unit) && !IsLowSurrogateEscape(content, i + 6)))
            {
                return i;
            }

            i += char.IsHighSurrogate(unit) ? 11 : 5;
        }

        return -1;
    }

    private static bool IsLowSurrogateEscape(ReadOnlySpan<byte> content, int at) =>
        at + 6 <= content.Length && content[at] == (byte)'\\' && content[at + 1] == (byte)'u' && char.IsLowSurrogate(EscapedUnit(content, at));

    private static char EscapedUnit(ReadOnlySpan<byte> content, int at) =>
        (char)ushort.Parse(content.Slice(at + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);

    private static int LineOf(ReadOnlySequence<byte> json, long offset)
    {
        var lines = 1;
        foreach (var segment in json.Slice(0, offset))
        {
            lines += segment.Span.Count((byte)'\n');
        }

        return lines;
    }
}
