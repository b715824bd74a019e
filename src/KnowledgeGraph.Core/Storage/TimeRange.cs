using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Storage;

/// <summary>
/// The time window a traversal keeps relationships in, either side open (null). A partial date
/// counts as the whole interval it stands for: <see cref="From"/> from its first day,
/// <see cref="To"/> up to its last. A relationship holds in it by its date (events), else by its
/// validity, open where unknown (states), else by the publication dates of its evidence; one
/// with no time at all holds only in the open window.
/// </summary>
public sealed record TimeRange(PartialDate? From, PartialDate? To)
{
    /// <summary>The window that keeps everything.</summary>
    public static TimeRange Open { get; } = new(null, null);

    /// <summary>True when neither side is given.</summary>
    public bool IsOpen => From is null && To is null;

    /// <summary>Whether a relationship holds within the window, given the publication dates of its evidence.</summary>
    public bool Admits(Relationship relationship, IEnumerable<PartialDate> publishedOn)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        ArgumentNullException.ThrowIfNull(publishedOn);
        if (IsOpen)
        {
            return true;
        }

        if (relationship.Date is { } date)
        {
            return Overlaps(date.Start, date.End);
        }

        if (relationship.ValidFrom is not null || relationship.ValidTo is not null)
        {
            return Overlaps(relationship.ValidFrom?.Start ?? DateOnly.MinValue, relationship.ValidTo?.End ?? DateOnly.MaxValue);
        }

        return publishedOn.Any(day => Overlaps(day.Start, day.End));
    }

    /// <summary>Whether the days from <paramref name="start"/> to <paramref name="end"/> meet the window.</summary>
    public bool Overlaps(DateOnly start, DateOnly end) =>
        (From is null || From.Value.Start <= end) && (To is null || start <= To.Value.End);
}
