using System.Globalization;

namespace KnowledgeGraph.Core.Model;

/// <summary>
/// A calendar date known to the precision its source gives: a year (<c>2024</c>), a month
/// (<c>2024-10</c>) or a day (<c>2024-10-22</c>). It stands for the whole interval it covers,
/// so <c>2024</c> overlaps <c>2024-10-22</c>.
/// </summary>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    private PartialDate(int year, int? month, int? day)
    {
        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>The year, 1 to 9999.</summary>
    public int Year { get; }

    /// <summary>The month, 1 to 12, or null when only the year is known.</summary>
    public int? Month { get; }

    /// <summary>The day of the month, or null when only the year or month is known.</summary>
    public int? Day { get; }

    /// <summary>The first day of the interval this date stands for.</summary>
    public DateOnly Start => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day of the interval this date stands for.</summary>
    public DateOnly End => Day is not null
        ? Start
        : Month is not null
            ? new DateOnly(Year, Month.Value, DateTime.DaysInMonth(Year, Month.Value))
            : new DateOnly(Year, 12, 31);

    /// <summary>Parses <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</summary>
    /// <exception cref="FormatException">The text is not such a date, or names no real day (<c>2024-13</c>, <c>2023-02-30</c>).</exception>
    public static PartialDate Parse(string text) =>
        TryParse(text, out var date, out var error) ? date : throw new FormatException(error);

    /// <summary>Parses like <see cref="Parse"/>, returning false with a reason instead of throwing.</summary>
    public static bool TryParse(string? text, out PartialDate date, out string error)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "a date is empty; expected yyyy, yyyy-MM or yyyy-MM-dd";
            return false;
        }

        var parts = text.Split('-');
        var shapeOk = parts.Length <= 3
            && parts[0].Length == 4
            && parts.Skip(1).All(p => p.Length == 2)
            && parts.All(p => p.All(char.IsAsciiDigit));
        if (!shapeOk)
        {
            error = $"'{text}' is not a date; expected yyyy, yyyy-MM or yyyy-MM-dd";
            return false;
        }

        var numbers = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        int? month = parts.Length > 1 ? numbers[1] : null;
        int? day = parts.Length > 2 ? numbers[2] : null;
        return TryCreate(numbers[0], month, day, text, out date, out error);
    }

    /// <summary>Creates a date from its parts, validating that it names a real year, month and day.</summary>
    public static PartialDate Create(int year, int? month = null, int? day = null) =>
        TryCreate(year, month, day, $"{year}-{month}-{day}", out var date, out var error) ? date : throw new ArgumentOutOfRangeException(nameof(year), error);

    /// <summary>The smallest date whose interval contains <paramref name="day"/> at day precision.</summary>
    public static PartialDate FromDateOnly(DateOnly day) => new(day.Year, day.Month, day.Day);

    private static bool TryCreate(int year, int? month, int? day, string text, out PartialDate date, out string error)
    {
        date = default;
        error = string.Empty;
        if (year is < 1 or > 9999)
        {
            error = $"'{text}' has year {year}; expected 1 to 9999";
        }
        else if (month is < 1 or > 12)
        {
            error = $"'{text}' has month {month}; expected 01 to 12";
        }
        else if (day is not null && (month is null || day < 1 || day > DateTime.DaysInMonth(year, month.Value)))
        {
            error = $"'{text}' has day {day}, which {year}-{month:00} does not have";
        }

        if (error.Length > 0)
        {
            return false;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>True when the intervals of the two dates share at least one day.</summary>
    public bool Overlaps(PartialDate other) => Start <= other.End && other.Start <= End;

    /// <summary>Orders by start, then by precision (a year before its first month before its first day).</summary>
    public int CompareTo(PartialDate other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : End.CompareTo(other.End) * -1;
    }

    /// <summary>The date in the form it was given: <c>2024</c>, <c>2024-10</c> or <c>2024-10-22</c>.</summary>
    public override string ToString() => (Month, Day) switch
    {
        (null, _) => Year.ToString("0000", CultureInfo.InvariantCulture),
        (_, null) => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}-{Day:00}"),
    };

    /// <inheritdoc cref="CompareTo"/>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <inheritdoc cref="CompareTo"/>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <inheritdoc cref="CompareTo"/>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <inheritdoc cref="CompareTo"/>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;
}
