namespace KnowledgeGraph.Seed.Tests;

/// <summary>A source article as printed, and its text without whitespace, against which quotes are checked.</summary>
/// <param name="File">The article's file name, e.g. <c>004_7d87349861a72aea.txt</c>.</param>
/// <param name="Text">The article as printed.</param>
public sealed record Article(string File, string Text)
{
    /// <summary>The text with all whitespace removed: quotes may break or space lines differently from the page.</summary>
    public string Compact { get; } = KnowledgeGraph.Core.Facts.QuoteText.RemoveWhitespace(Text);
}
