using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Core.Facts;

/// <summary>The outcome of validating a run's fact files.</summary>
/// <param name="Facts">The resolved facts, each list ordered by id (ordinal); empty when there are errors.</param>
/// <param name="Errors">Every error found, in <see cref="FactError.ReadingOrder"/>; empty when the files are valid.</param>
public sealed record FactValidationResult(GraphSnapshot Facts, IReadOnlyList<FactError> Errors)
{
    /// <summary>True when there is no error, so <see cref="Facts"/> holds the whole run.</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>How many quotes were checked against their articles; null when no articles were at hand, so none was.</summary>
    public QuoteCheck? Quotes { get; init; }
}

/// <summary>What checking quotes against their articles covered.</summary>
/// <param name="Checked">Quotes compared with the article their source names.</param>
/// <param name="Unchecked">Quotes whose source names no article (no <c>file</c>), which nothing could be compared with.</param>
public sealed record QuoteCheck(int Checked, int Unchecked);
