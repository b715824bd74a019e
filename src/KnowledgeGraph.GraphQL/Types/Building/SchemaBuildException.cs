namespace KnowledgeGraph.GraphQL.Types;

/// <summary>The schema could not be built: each entry of <see cref="Errors"/> says what and where.</summary>
public sealed class SchemaBuildException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public SchemaBuildException(IReadOnlyList<string> errors)
        : base("The schema is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(error => "- " + error)))
    {
        Errors = errors;
    }

    /// <summary>Every problem found, in the order found.</summary>
    public IReadOnlyList<string> Errors { get; }
}
