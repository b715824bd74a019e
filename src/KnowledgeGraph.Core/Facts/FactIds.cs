using System.Text.RegularExpressions;

namespace KnowledgeGraph.Core.Facts;

/// <summary>The shape of ids in fact files: <c>&lt;prefix&gt;:&lt;slug&gt;</c>.</summary>
internal static partial class FactIds
{
    /// <summary>Lowercase ASCII letters and digits in words joined by single hyphens (ECMAScript-compatible, for the JSON Schema too).</summary>
    public const string SlugPattern = "[a-z0-9]+(-[a-z0-9]+)*";

    public const string SourcePrefix = "source";

    public const string RelationshipPrefix = "rel";

    public static bool HasPrefixAndSlug(string id, string prefix) =>
        id.Length > prefix.Length + 1
        && id.StartsWith(prefix, StringComparison.Ordinal)
        && id[prefix.Length] == ':'
        && Slug().IsMatch(id.AsSpan(prefix.Length + 1));

    public static bool HasSomePrefixAndSlug(string id) =>
        id.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon
        && id[..colon].All(char.IsAsciiLetterLower)
        && Slug().IsMatch(id.AsSpan(colon + 1));

    [GeneratedRegex("^" + SlugPattern + "$", RegexOptions.CultureInvariant)]
    private static partial Regex Slug();
}
