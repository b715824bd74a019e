namespace KnowledgeGraph.Core.Queries;

/// <summary>A reference names several entities; the caller must pick one by its id.</summary>
public sealed class AmbiguousReferenceException : QueryException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="argumentName">The argument that holds the reference, e.g. <c>from</c>.</param>
    /// <param name="reference">The reference as given (trimmed).</param>
    /// <param name="candidateIds">The ids of the entities it names, ordered by id.</param>
    public AmbiguousReferenceException(string argumentName, string reference, IReadOnlyList<string> candidateIds)
        : base($"argument '{argumentName}': '{reference}' names {candidateIds.Count} entities ({string.Join(", ", candidateIds)}); use one of these ids instead")
    {
        ArgumentName = argumentName;
        Reference = reference;
        CandidateIds = candidateIds;
    }

    /// <summary>The argument that holds the reference, e.g. <c>from</c>.</summary>
    public string ArgumentName { get; }

    /// <summary>The reference as given (trimmed).</summary>
    public string Reference { get; }

    /// <summary>The ids of the entities the reference names, ordered by id.</summary>
    public IReadOnlyList<string> CandidateIds { get; }
}
