using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Core.Storage;

/// <summary>
/// The one normalisation of names for search, shared by every store so that they find the
/// same things: case folded, width folded (ＡＢＣ → abc), spaces, hyphens and middle dots
/// removed, so that <c>Chen Jinhu</c>, <c>chenjinhu</c> and <c>CHEN-JINHU</c> are one key.
/// </summary>
public static class SearchKeys
{
    /// <summary>The search key of a name or of searched text.</summary>
    public static string Normalize(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var key = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (!IsSeparator(c))
            {
                key.Append(c);
            }
        }

        return key.ToString();
    }

    private static bool IsSeparator(char c) =>
        char.IsWhiteSpace(c) || c is '-' or '_' or '·' or '•' or '.' or '\'' || char.GetUnicodeCategory(c) == UnicodeCategory.DashPunctuation;
}
