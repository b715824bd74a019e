namespace KnowledgeGraph.Core.Facts;

/// <summary>The text of an article that a source names with its <c>file</c> field.</summary>
public sealed class SourceArticle
{
    /// <summary>Holds the article's text, compacted once for every quote checked against it.</summary>
    /// <param name="file">The article's file name, as a source's <c>file</c> names it (e.g. <c>004_7d87349861a72aea.txt</c>).</param>
    /// <param name="text">The article as printed.</param>
    public SourceArticle(string file, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        ArgumentNullException.ThrowIfNull(text);
        File = file;
        Text = text;
        Compact = QuoteText.RemoveWhitespace(text);
    }

    /// <summary>The article's file name.</summary>
    public string File { get; }

    /// <summary>The article as printed.</summary>
    public string Text { get; }

    /// <summary>The text without whitespace (<see cref="QuoteText.RemoveWhitespace"/>), what quotes are matched against.</summary>
    public string Compact { get; }

    /// <summary>Whether the article prints <paramref name="quote"/>, whitespace aside; a quote of only whitespace is printed nowhere.</summary>
    public bool Prints(string quote)
    {
        var compact = QuoteText.RemoveWhitespace(quote);
        return compact.Length > 0 && Compact.Contains(compact, StringComparison.Ordinal);
    }
}
