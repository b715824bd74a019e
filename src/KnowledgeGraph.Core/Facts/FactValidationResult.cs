using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Core.Facts;

/// <summary>The outcome of validating a run's fact files.</summary>
/// <param name="Facts">The resolved facts, each list ordered by id (ordinal); empty when there are errors.</param>
/// <param name="Errors">Every error found, in <see cref="FactError.ReadingOrder"/>; empty when the files are valid.</param>
public sealed record FactValidationResult(GraphSnapshot Facts, IReadOnlyList<FactError> Errors)
{
    /// <summary>True when there is no error, so <see cref="Facts"/> holds the whole run.</summary>
    public bool IsValid => Errors.Count == 0;
}
