namespace KnowledgeGraph.Core.Queries;

/// <summary>A reference that a query needs names no entity: no id, name or alias equals it.</summary>
public sealed class UnknownReferenceException : QueryException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="argumentName">The argument that holds the reference, e.g. <c>city</c>.</param>
    /// <param name="reference">The reference as given (trimmed).</param>
    public UnknownReferenceException(string argumentName, string reference)
        : base($"argument '{argumentName}': no entity has the id, name or alias '{reference}'")
    {
        ArgumentName = argumentName;
        Reference = reference;
    }

    /// <summary>The argument that holds the reference, e.g. <c>city</c>.</summary>
    public string ArgumentName { get; }

    /// <summary>The reference as given (trimmed).</summary>
    public string Reference { get; }
}
