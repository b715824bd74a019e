using System.Globalization;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;
using Microsoft.Extensions.Primitives;

namespace KnowledgeGraph.Api.Exports;

/// <summary>
/// The arguments of the <c>subgraph</c> query read from a query string, with the defaults
/// of the GraphQL contract. <c>refs</c> is repeated once per reference and never split,
/// because names may hold commas; <c>types</c> may be repeated, comma-separated, or both.
/// Ranges, types and references are checked by the query service.
/// </summary>
internal sealed record SubgraphArguments(
    IReadOnlyList<string> Refs,
    int Depth,
    IReadOnlyList<string>? Types,
    PartialDate? From,
    PartialDate? To,
    int Limit)
{
    private const int DefaultDepth = 1;
    private const int DefaultLimit = 1000;

    private static readonly string[] Known = ["refs", "depth", "types", "from", "to", "limit"];

    /// <summary>
    /// Reads the arguments; a parameter that is unknown, repeated where it may not be, or
    /// malformed is refused. <paramref name="formatParameters"/> are the parameters the export's
    /// format reads itself (<see cref="ISubgraphWriter.FormatParameters"/>), known but not read here.
    /// </summary>
    /// <exception cref="QueryArgumentException">A parameter is unknown, repeated or malformed; the exception names it.</exception>
    public static SubgraphArguments Parse(IQueryCollection query, IReadOnlyList<string> formatParameters)
    {
        var unknown = query.Keys.FirstOrDefault(key => !Known.Contains(key, StringComparer.Ordinal) && !formatParameters.Contains(key, StringComparer.Ordinal));
        if (unknown is not null)
        {
            throw new QueryArgumentException(unknown, $"is not an argument of subgraph; expected {string.Join(", ", [.. Known, .. formatParameters])}");
        }

        return new SubgraphArguments(
            [.. query["refs"].Select(value => value ?? string.Empty)],
            Integer(query, "depth") ?? DefaultDepth,
            TypeList(query["types"]),
            Date(query, "from"),
            Date(query, "to"),
            Integer(query, "limit") ?? DefaultLimit);
    }

    private static int? Integer(IQueryCollection query, string name) =>
        QueryParameter.Single(query, name) is not { } text
            ? null
            : int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new QueryArgumentException(name, $"is '{text}'; expected a whole number");

    private static PartialDate? Date(IQueryCollection query, string name) =>
        QueryParameter.Single(query, name) is not { } text
            ? null
            : PartialDate.TryParse(text, out var date, out var error)
                ? date
                : throw new QueryArgumentException(name, $"is malformed: {error}");

    private static IReadOnlyList<string>? TypeList(StringValues values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var types = values.SelectMany(value => (value ?? string.Empty).Split(',', StringSplitOptions.TrimEntries)).ToList();
        return types.Exists(type => type.Length == 0)
            ? throw new QueryArgumentException("types", "holds an empty type name; expected relationship types such as MET or HOLDS_POSITION, repeated or comma-separated")
            : types;
    }
}
