using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Core.Queries;

/// <summary>
/// The time window [<see cref="From"/>, <see cref="To"/>] of a query, either side open. A
/// partial date counts as the whole interval it stands for: <c>from</c> from its first day,
/// <c>to</c> up to its last, so <c>from 2018 to 2018</c> is the whole of 2018.
/// </summary>
internal sealed record TimeWindow(PartialDate? From, PartialDate? To)
{
    /// <summary>The window that keeps everything.</summary>
    public static TimeWindow Open { get; } = new(null, null);

    /// <summary>True when neither side is given, so that no relationship is dropped for its time.</summary>
    public bool IsOpen => From is null && To is null;

    /// <summary>The window, refusing one that ends before it starts.</summary>
    public static TimeWindow Create(PartialDate? from, PartialDate? to) =>
        from is { } start && to is { } end && start.Start > end.End
            ? throw new QueryArgumentException("from", $"is {start}, which is after 'to' ({end}); expected from to be no later than to")
            : new TimeWindow(from, to);

    /// <summary>The window as the store port takes it.</summary>
    public TimeRange Range => IsOpen ? TimeRange.Open : new TimeRange(From, To);

    /// <summary>
    /// Whether a relationship holds within the window: an event by its date; a state by its
    /// validity, open where unknown; a relationship with no time at all by the publication
    /// dates of its evidence, and, without those either, only when the window is open.
    /// </summary>
    /// <param name="publishedOn">The known publication dates of the relationship's evidence.</param>
    public bool Admits(Relationship relationship, IEnumerable<PartialDate> publishedOn) => Range.Admits(relationship, publishedOn);
}
