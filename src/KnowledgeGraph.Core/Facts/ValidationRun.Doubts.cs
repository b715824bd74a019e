using System.Globalization;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Facts;

/// <summary>
/// Facts that parse and fit the schema but cannot be true of a real article: a thing met by
/// itself, a place inside itself, an event after every report of it, names that hide
/// characters or mix look-alike alphabets. Each is refused where it is written.
/// </summary>
internal sealed partial class ValidationRun
{
    /// <summary>
    /// The longest name or alias accepted. The longest registered company names run to about
    /// 60 characters; anything far beyond is a pasted paragraph, not a name.
    /// </summary>
    internal const int MaxNameLength = 200;

    /// <summary>Years outside this range are typing slips (9999, 0202) in news of today's places.</summary>
    private const int FirstPlausibleYear = 1000;

    private const int LastPlausibleYear = 2100;

    /// <summary>The entity type of which an organisation can be in only one at a time.</summary>
    private const string CityType = "CITY";

    private readonly Dictionary<string, PartialDate> _publishedOn = new(StringComparer.Ordinal);
    private readonly List<ContainmentEdge> _containment = [];

    private void RememberPublication(Scalar? id, PartialDate? publishedOn)
    {
        if (id is not null && publishedOn is { } date)
        {
            _publishedOn[id.Value] = date;
        }
    }

    private void CheckNames(string file, RawEntity raw)
    {
        foreach (var (name, key) in new[] { (raw.Name, "name"), (raw.NameEn, "nameEn") }.Concat(raw.Aliases.Select(a => ((Scalar?)a, "aliases"))))
        {
            if (name is not null)
            {
                CheckName(file, name, key);
            }
        }
    }

    private void CheckName(string file, Scalar name, string key)
    {
        if (name.Value.Length > MaxNameLength)
        {
            Error(file, name.At, FactErrorCodes.NameTooLong,
                $"'{key}' is {name.Value.Length} characters long, more than the {MaxNameLength} a name may have; put descriptions in 'note'");
        }
        else if (!CheckVisible(file, name, key) && MixesLookAlikeScripts(name.Value))
        {
            Error(file, name.At, FactErrorCodes.MixedScript,
                $"'{key}' '{name.Value}' mixes Cyrillic or Greek letters with Latin or Chinese ones, which look alike but never match a search; retype it in one script");
        }
    }

    /// <summary>Reports a format character (zero-width space, bidirectional override, byte-order mark) in a value; true when one was found.</summary>
    private bool CheckVisible(string file, Scalar value, string key)
    {
        var index = FirstInvisible(value.Value);
        if (index < 0)
        {
            return false;
        }

        var code = string.Create(CultureInfo.InvariantCulture, $"U+{(int)value.Value[index]:X4}");
        Error(file, value.At, FactErrorCodes.InvisibleCharacter,
            $"'{key}' holds the invisible character {code} at position {index + 1}, which makes equal-looking texts differ; delete it");
        return true;
    }

    private static int FirstInvisible(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var category = char.GetUnicodeCategory(text, i);
            if (category is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool MixesLookAlikeScripts(string name)
    {
        var lookAlike = false;
        var other = false;
        foreach (var c in name)
        {
            lookAlike |= c is >= '\u0370' and <= '\u03ff' or >= '\u0400' and <= '\u052f';
            other |= char.IsAsciiLetter(c) || c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';
        }

        return lookAlike && other;
    }

    private void CheckNotSelfLoop(string file, RawRelationship raw, EntityReference from, EntityReference to)
    {
        if (from.Id is { } fromId && fromId == to.Id)
        {
            Error(file, raw.To!.At, FactErrorCodes.SelfLoop,
                $"{raw.Type?.Value ?? "the relationship"} joins {fromId} to itself; a relationship joins two different entities");
        }
    }

    private void CheckPlausibleYear(string file, Scalar value, string key, PartialDate date)
    {
        if (date.Year is < FirstPlausibleYear or > LastPlausibleYear)
        {
            Error(file, value.At, FactErrorCodes.ImplausibleDate,
                $"'{key}' {date} has a year outside {FirstPlausibleYear}–{LastPlausibleYear}; check the digits");
        }
    }

    /// <summary>
    /// An event dated, or a state begun, after the last of its sources was published cannot
    /// be what those sources report; a typing slip in the year is the usual cause.
    /// </summary>
    private void CheckTimeAgainstSources(string file, RawRelationship raw, RelationTypeDefinition? type, PartialDate? date, PartialDate? validFrom, IReadOnlyList<Evidence> evidence)
    {
        var (time, scalar, key) = type?.Temporality == Temporality.Event ? (date, raw.Date, "date") : (validFrom, raw.ValidFrom, "validFrom");
        var published = evidence.Select(e => _publishedOn.TryGetValue(e.SourceId, out var d) ? d : (PartialDate?)null).OfType<PartialDate>().ToList();
        if (time is not { } begins || scalar is null || published.Count == 0)
        {
            return;
        }

        var latest = published.Max();
        if (begins.Start > latest.End)
        {
            Error(file, scalar.At, FactErrorCodes.DateAfterSource,
                $"'{key}' {begins} is after every source it cites was published (the latest on {latest}); a report cannot tell what had not yet happened, so check the year");
        }
    }

    private void RememberContainment(
        string file, RawRelationship raw, RelationTypeDefinition type, string fromId, string toId, PartialDate? validFrom, PartialDate? validTo, bool multiSite)
    {
        if (type.Containment)
        {
            _containment.Add(new ContainmentEdge(type.Name, fromId, toId, file, raw.At, validFrom, validTo, multiSite));
        }
    }

    /// <summary>
    /// Refuses loops of containment (常州 in 武进 in 常州): inside-ness must end somewhere,
    /// or every place would be inside every other place of the loop and partners would match
    /// everything. Each loop is reported once, at the edge that closes it in reading order.
    /// </summary>
    private void CheckContainmentCycles()
    {
        foreach (var loop in ContainmentLoops.Find(_containment))
        {
            var closing = loop[^1];
            var chain = string.Join(" ⊂ ", loop.Select(e => e.FromId).Append(closing.ToId));
            Error(closing.File, closing.At, FactErrorCodes.ContainmentCycle,
                $"this {closing.Type} closes a containment loop: {chain}; something cannot be inside itself, so remove or correct one of these relationships");
        }
    }

    /// <summary>
    /// Refuses an organisation placed in two cities at once (a company in 深圳 and, through a
    /// park of 武进, in 常州, with overlapping validity): partner questions by city would then
    /// find it in both. A real second site is an entity of its own, part of or a subsidiary of
    /// the first, as 瑞声光电（常州） is of 瑞声科技; a move is two locations whose validities do
    /// not overlap. Where an article names one organisation at home in two cities (汇川技术,
    /// registered in 深圳 and settled in 武进), <c>multiSite: true</c> on either placing says so.
    /// Each organisation is reported once, at the later of the two relationships.
    /// </summary>
    private void CheckOneCityAtATime()
    {
        var cities = new CityFinder(_containment, IsCategory("place", "park"), IsType(CityType));
        foreach (var placings in _containment.Where(e => IsCategory("organisation")(e.FromId) && IsCategory("place", "park")(e.ToId)).GroupBy(e => e.FromId, StringComparer.Ordinal))
        {
            if (FirstTwoCities(placings.ToList(), cities) is var (earlier, later, cityOfEarlier, cityOfLater))
            {
                Error(later.File, later.At, FactErrorCodes.TwoCities,
                    $"{later.FromId} would be in two cities at once: {cityOfEarlier} (by the {earlier.Type} to {earlier.ToId} at line {earlier.At.Line} of {earlier.File}) and {cityOfLater} (by this {later.Type} to {later.ToId}); "
                    + "give a move validFrom/validTo that do not overlap, make the second site an entity of its own (SUBSIDIARY_OF or PART_OF the first), or, when the source says it is at home in both, mark one placing 'multiSite: true'");
            }
        }
    }

    private static (ContainmentEdge, ContainmentEdge, string, string)? FirstTwoCities(List<ContainmentEdge> placings, CityFinder cities)
    {
        for (var later = 1; later < placings.Count; later++)
        {
            for (var earlier = 0; earlier < later; earlier++)
            {
                var (a, b) = (placings[earlier], placings[later]);
                if (!a.MultiSite && !b.MultiSite && a.OverlapsInTime(b) && cities.Of(a.ToId).FirstOrDefault() is { } cityOfA
                    && cities.Of(b.ToId).FirstOrDefault(c => c != cityOfA && !cities.Of(a.ToId).Contains(c)) is { } cityOfB)
                {
                    return (a, b, cityOfA, cityOfB);
                }
            }
        }

        return null;
    }

    private Func<string, bool> IsCategory(params string[] categories) => id =>
        _entities.Resolve(id).Type is { } type && schema.EntityTypes.TryGetValue(type, out var definition) && categories.Contains(definition.Category);

    private Func<string, bool> IsType(string entityType) => id => _entities.Resolve(id).Type == entityType;
}

/// <summary>One containment relationship, with where it is written and when it held (null bounds: unknown).</summary>
/// <param name="MultiSite">The curator's word that this is one of several sites the organisation has at once.</param>
internal sealed record ContainmentEdge(
    string Type, string FromId, string ToId, string File, Position At, PartialDate? ValidFrom = null, PartialDate? ValidTo = null, bool MultiSite = false)
{
    /// <summary>Whether both could have held at one time; an unknown bound reaches as far as it may.</summary>
    public bool OverlapsInTime(ContainmentEdge other) =>
        (ValidFrom?.Start ?? DateOnly.MinValue) <= (other.ValidTo?.End ?? DateOnly.MaxValue)
        && (other.ValidFrom?.Start ?? DateOnly.MinValue) <= (ValidTo?.End ?? DateOnly.MaxValue);
}
