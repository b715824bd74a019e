using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Seed.Tests;

/// <summary>Dates are no later than the sources allow.</summary>
public sealed class DateTests(CuratedSeed seed)
{
    /// <summary>
    /// A relationship's date, validFrom or validTo may not begin after the latest publication
    /// date among the sources it cites: an article reports what has happened by the time it is
    /// published. Checked only when every cited source's date is known, since an undated source
    /// might be the later one.
    /// </summary>
    [Fact]
    public void No_relationship_is_dated_after_its_latest_source_was_published()
    {
        var offences = DatedAfterTheirSources(seed, seed.Facts.Relationships);

        offences.ShouldBeNone("no relationship may be dated after the publication of the sources that report it");
    }

    [Theory]
    [InlineData("date")]
    [InlineData("validFrom")]
    [InlineData("validTo")]
    public void A_relationship_dated_after_its_source_is_reported(string key)
    {
        var relationship = seed.Facts.Relationships.First(r => r.Evidence.All(e => PublishedOn(e.SourceId) is not null));
        var afterPublication = PartialDate.Create(relationship.Evidence.Max(e => PublishedOn(e.SourceId)!.Value.End.Year) + 1);
        var dated = key switch
        {
            "date" => relationship with { Date = afterPublication },
            "validFrom" => relationship with { ValidFrom = afterPublication },
            _ => relationship with { ValidTo = afterPublication },
        };

        var offences = DatedAfterTheirSources(seed, [dated]);

        offences.Should().ContainSingle().Which.Should().Contain($"{key} {afterPublication}");
    }

    private static List<string> DatedAfterTheirSources(CuratedSeed seed, IEnumerable<Relationship> relationships)
    {
        var published = seed.Facts.Sources.ToDictionary(s => s.Id, s => s.PublishedOn, StringComparer.Ordinal);
        return [..
            from relationship in relationships
            let dates = relationship.Evidence.Select(e => published[e.SourceId]).ToList()
            where dates.All(d => d is not null)
            let latest = dates.Select(d => d!.Value).MaxBy(d => d.End)
            from stated in StatedDates(relationship)
            where stated.Date.Start > latest.End
            select $"{seed.FilesHolding(relationship.Evidence[0].Quote)}: {CuratedSeed.Describe(relationship)}: "
                + $"{stated.Key} {stated.Date} is after {latest}, when its latest source was published"];
    }

    private PartialDate? PublishedOn(string sourceId) =>
        seed.Facts.Sources.Single(s => string.Equals(s.Id, sourceId, StringComparison.Ordinal)).PublishedOn;

    private static IEnumerable<(string Key, PartialDate Date)> StatedDates(Relationship relationship)
    {
        (string Key, PartialDate? Date)[] dates = [("date", relationship.Date), ("validFrom", relationship.ValidFrom), ("validTo", relationship.ValidTo)];
        return dates.Where(d => d.Date is not null).Select(d => (d.Key, d.Date!.Value));
    }
}
