using KnowledgeGraph.Core.Queries;

namespace KnowledgeGraph.Api.Exports;

/// <summary>Reading the query string of an export.</summary>
internal static class QueryParameter
{
    /// <summary>The value of a parameter that may be given at most once, or null when it is absent.</summary>
    /// <exception cref="QueryArgumentException">The parameter is given more than once.</exception>
    public static string? Single(IQueryCollection query, string name)
    {
        var values = query[name];
        return values.Count switch
        {
            0 => null,
            1 => values[0],
            _ => throw new QueryArgumentException(name, $"is given {values.Count} times; expected it once"),
        };
    }
}
