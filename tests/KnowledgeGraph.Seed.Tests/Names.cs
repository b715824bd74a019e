using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Seed.Tests;

/// <summary>How the checks decide that a quote names an entity.</summary>
internal static class Names
{
    /// <summary>
    /// True when <paramref name="quote"/> holds one of the entity's names (name, English name or
    /// an alias), ignoring whitespace and the case of ASCII letters, as name lookups do.
    /// </summary>
    public static bool IsNamedIn(this Entity entity, string quote)
    {
        var text = FoldAsciiCase(KnowledgeGraph.Core.Facts.QuoteText.RemoveWhitespace(quote));
        return entity.AllNames
            .Select(name => FoldAsciiCase(KnowledgeGraph.Core.Facts.QuoteText.RemoveWhitespace(name)))
            .Any(name => name.Length > 0 && text.Contains(name, StringComparison.Ordinal));
    }

    /// <summary>Every name of the entity, for messages: 常州市/Changzhou/常州.</summary>
    public static string AllNamesShown(this Entity entity) => string.Join("/", entity.AllNames);

    private static string FoldAsciiCase(string text) =>
        string.Create(text.Length, text, (folded, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                folded[i] = char.IsAsciiLetterUpper(source[i]) ? (char)(source[i] | 0x20) : source[i];
            }
        });
}
