using System.Globalization;

namespace KnowledgeGraph.Core.Facts;

/// <summary>
/// A problem in a fact file, where it is and why it is one. Renders as
/// <c>file:line:column: message [code]</c>, the form editors and CI logs link to.
/// </summary>
/// <param name="File">The file's path as the caller named it (e.g. <c>seed/articles/001.yaml</c>).</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
/// <param name="Code">A stable code from <see cref="FactErrorCodes"/>, for tools and tests to match on.</param>
/// <param name="Message">What is wrong, in words a curator can act on.</param>
public sealed record FactError(string File, int Line, int Column, string Code, string Message)
{
    /// <summary>Errors in reading order: by file (ordinal), line, column, then code and message.</summary>
    public static IComparer<FactError> ReadingOrder { get; } = Comparer<FactError>.Create((a, b) =>
    {
        var byFile = string.CompareOrdinal(a.File, b.File);
        if (byFile != 0)
        {
            return byFile;
        }

        var byPlace = (a.Line, a.Column).CompareTo((b.Line, b.Column));
        if (byPlace != 0)
        {
            return byPlace;
        }

        var byCode = string.CompareOrdinal(a.Code, b.Code);
        return byCode != 0 ? byCode : string.CompareOrdinal(a.Message, b.Message);
    });

    /// <summary>The location alone, <c>file:line:column</c>.</summary>
    public string Location => string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{Column}");

    /// <summary><c>file:line:column: message [code]</c>.</summary>
    public override string ToString() => $"{Location}: {Message} [{Code}]";
}
