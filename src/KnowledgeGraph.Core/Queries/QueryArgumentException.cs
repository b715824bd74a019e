namespace KnowledgeGraph.Core.Queries;

/// <summary>An argument of a query is missing, malformed or out of its allowed range.</summary>
public sealed class QueryArgumentException : QueryException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="argumentName">The argument as the query names it, e.g. <c>maxHops</c>.</param>
    /// <param name="problem">What is wrong and what is allowed, e.g. <c>is 9; expected 1 to 6</c>.</param>
    public QueryArgumentException(string argumentName, string problem)
        : base($"argument '{argumentName}' {problem}")
    {
        ArgumentName = argumentName;
    }

    /// <summary>The argument as the query names it, e.g. <c>maxHops</c>.</summary>
    public string ArgumentName { get; }
}
