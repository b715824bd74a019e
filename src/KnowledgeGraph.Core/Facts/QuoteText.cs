using System.Text;

namespace KnowledgeGraph.Core.Facts;

/// <summary>
/// How a quote is matched against its article: verbatim once every whitespace character is
/// removed from both, because a quote may break or space its lines differently from the page.
/// </summary>
public static class QuoteText
{
    /// <summary><paramref name="text"/> without any whitespace (spaces, line breaks, tabs, ideographic spaces).</summary>
    public static string RemoveWhitespace(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var compact = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                compact.Append(c);
            }
        }

        return compact.ToString();
    }
}
