using KnowledgeGraph.Core.Queries;

namespace KnowledgeGraph.Api.Exports;

/// <summary>
/// What the CSV exports do with a text cell that starts with <c>=</c>, <c>+</c>, <c>-</c>,
/// <c>@</c>, a tab or a carriage return, which a spreadsheet would run as a formula when it
/// opens the file (CSV or formula injection). Chosen with the <c>formulas</c> query parameter.
/// </summary>
internal enum CsvFormulas
{
    /// <summary><c>formulas=escape</c>, the default: a single quote in front, as OWASP recommends, so a spreadsheet shows the text.</summary>
    Escape,

    /// <summary><c>formulas=keep</c>: the text as stored, for tools that read the file as data and never evaluate it.</summary>
    Keep,
}

/// <summary>Reads <see cref="CsvFormulas"/> from the query string.</summary>
internal static class CsvFormulasParameter
{
    public const string Name = "formulas";

    /// <summary><see cref="CsvFormulas.Escape"/> when the parameter is absent.</summary>
    /// <exception cref="QueryArgumentException">The parameter is repeated or neither <c>escape</c> nor <c>keep</c>.</exception>
    public static CsvFormulas Parse(IQueryCollection query) => QueryParameter.Single(query, Name) switch
    {
        null or "escape" => CsvFormulas.Escape,
        "keep" => CsvFormulas.Keep,
        var other => throw new QueryArgumentException(Name, $"is '{other}'; expected escape (the default: cells that start like a formula get a leading ') or keep (cells as stored)"),
    };
}
