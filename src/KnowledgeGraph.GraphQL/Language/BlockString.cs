using System.Text;

namespace KnowledgeGraph.GraphQL.Language;

/// <summary>Block string rules of spec section 2.9.4 and graphql-js's printing of block strings.</summary>
public static class BlockString
{
    /// <summary>
    /// BlockStringValue(rawValue) without the line split: removes the common indentation of all
    /// lines but the first, then leading and trailing blank lines.
    /// </summary>
    public static IReadOnlyList<string> DedentLines(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var commonIndent = int.MaxValue;
        var firstNonEmptyLine = -1;
        var lastNonEmptyLine = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var indent = LeadingWhiteSpace(lines[i]);
            if (indent == lines[i].Length)
            {
                continue;
            }

            firstNonEmptyLine = firstNonEmptyLine < 0 ? i : firstNonEmptyLine;
            lastNonEmptyLine = i;
            if (i != 0 && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }

        if (firstNonEmptyLine < 0)
        {
            return [];
        }

        var result = new List<string>(lastNonEmptyLine - firstNonEmptyLine + 1);
        for (var i = firstNonEmptyLine; i <= lastNonEmptyLine; i++)
        {
            var line = lines[i];
            result.Add(i == 0 || commonIndent == int.MaxValue ? line : line[Math.Min(commonIndent, line.Length)..]);
        }

        return result;
    }

    /// <summary>Prints <paramref name="value"/> as a block string exactly as graphql-js printBlockString does.</summary>
    public static string Print(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var escapedValue = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var lines = SplitLines(escapedValue);
        var isSingleLine = lines.Count == 1;
        var forceLeadingNewLine = lines.Count > 1 &&
            lines.Skip(1).All(line => line.Length == 0 || CharacterClasses.IsWhiteSpace(line[0]));
        var hasTrailingTripleQuotes = escapedValue.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;
        var printAsMultipleLines = !isSingleLine || value.Length > 70 || forceTrailingNewLine ||
            forceLeadingNewLine || hasTrailingTripleQuotes;
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && CharacterClasses.IsWhiteSpace(value[0]);

        var result = new StringBuilder("\"\"\"");
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            result.Append('\n');
        }

        result.Append(escapedValue);
        if (printAsMultipleLines || forceTrailingNewLine)
        {
            result.Append('\n');
        }

        return result.Append("\"\"\"").ToString();
    }

    /// <summary>
    /// True when <paramref name="value"/> survives printing as a block string unchanged: no
    /// control characters, no carriage returns, no leading or trailing blank lines and no common
    /// indentation that dedenting would remove.
    /// </summary>
    public static bool IsPrintable(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case <= '\u0008' or '\u000B' or '\u000C' or '\u000E' or '\u000F' or '\r':
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false;
                    }

                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent = hasIndent || isEmptyLine;
                    break;
                default:
                    hasCommonIndent = hasCommonIndent && hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        return value.Length == 0 || (!isEmptyLine && !(hasCommonIndent && seenNonEmptyLine));
    }

    /// <summary>Splits on <c>\r\n</c>, <c>\n</c> and <c>\r</c>, the GraphQL line terminators only.</summary>
    internal static List<string> SplitLines(string value)
    {
        var lines = new List<string>();
        var lineStart = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] is not ('\n' or '\r'))
            {
                continue;
            }

            lines.Add(value[lineStart..i]);
            if (value[i] == '\r' && i + 1 < value.Length && value[i + 1] == '\n')
            {
                i++;
            }

            lineStart = i + 1;
        }

        lines.Add(value[lineStart..]);
        return lines;
    }

    private static int LeadingWhiteSpace(string line)
    {
        var i = 0;
        while (i < line.Length && CharacterClasses.IsWhiteSpace(line[i]))
        {
            i++;
        }

        return i;
    }
}
