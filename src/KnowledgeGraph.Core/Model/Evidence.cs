namespace KnowledgeGraph.Core.Model;

/// <summary>The proof of a relationship: a source and a short quote from it.</summary>
/// <param name="SourceId">The id of the <see cref="Source"/> the quote is taken from.</param>
/// <param name="Quote">A clause of the source, verbatim, that states the relationship.</param>
public sealed record Evidence(string SourceId, string Quote);
