using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;

namespace KnowledgeGraph.Core.Tests.Queries;

public sealed class TimeWindowTests
{
    [Theory]
    // An event: its date overlaps the window.
    [InlineData("2024-10-22", null, null, null, "2024", "2024", true)]
    [InlineData("2024-10", null, null, null, "2024-10-31", null, true)]
    [InlineData("2024-10", null, null, null, "2024-11", null, false)]
    [InlineData("2018", null, null, null, null, "2017", false)]
    [InlineData("2018", null, null, null, null, "2018-01", true)]
    [InlineData("2018", null, null, "2024", "2024", "2024", false)]
    // A state: its validity, open where unknown, overlaps the window.
    [InlineData(null, "2023", null, null, "2024", "2024", true)]
    [InlineData(null, "2023", null, null, null, "2022", false)]
    [InlineData(null, null, "2020", null, "2021", null, false)]
    [InlineData(null, null, "2020", null, "2020-12", null, true)]
    [InlineData(null, "2019", "2020", null, "2018", "2018", false)]
    [InlineData(null, "2019", "2020", null, "2020-06", "2021", true)]
    [InlineData(null, "2019", "2020", "2024", "2024", "2024", false)]
    // No time at all: it holds on the publication dates of its evidence.
    [InlineData(null, null, null, "2018-11", "2018", "2018", true)]
    [InlineData(null, null, null, "2018-11", "2019", null, false)]
    [InlineData(null, null, null, "2018-11", null, "2018-10", false)]
    [InlineData(null, null, null, null, "2018", "2018", false)]
    // No window keeps everything.
    [InlineData(null, null, null, null, null, null, true)]
    [InlineData("2018", null, null, null, null, null, true)]
    public void A_relationship_is_kept_when_its_time_overlaps_the_window(
        string? date, string? validFrom, string? validTo, string? published, string? from, string? to, bool kept)
    {
        var relationship = new Relationship("rel:r", "HOLDS_POSITION", "person:p", "place:c")
        {
            Date = TestGraph.Date(date),
            ValidFrom = TestGraph.Date(validFrom),
            ValidTo = TestGraph.Date(validTo),
        };
        PartialDate[] publishedOn = published is null ? [] : [PartialDate.Parse(published)];

        var admitted = TimeWindow.Create(TestGraph.Date(from), TestGraph.Date(to)).Admits(relationship, publishedOn);

        admitted.Should().Be(kept);
    }

    [Fact]
    public void A_relationship_without_time_holds_on_any_of_its_publication_dates()
    {
        var relationship = new Relationship("rel:r", "MET", "person:a", "person:b");

        var admitted = TimeWindow.Create(PartialDate.Parse("2024"), null).Admits(relationship, [PartialDate.Parse("2018"), PartialDate.Parse("2024-03")]);

        admitted.Should().BeTrue();
    }

    [Theory]
    [InlineData("2024", "2024")]
    [InlineData("2024-06", "2024")]
    [InlineData("2024", "2024-01-01")]
    public void A_window_whose_sides_share_a_day_is_valid(string from, string to) =>
        TimeWindow.Create(PartialDate.Parse(from), PartialDate.Parse(to)).IsOpen.Should().BeFalse();

    [Theory]
    [InlineData("2025", "2024")]
    [InlineData("2024-07", "2024-06-30")]
    public void A_window_that_ends_before_it_starts_is_an_argument_error(string from, string to)
    {
        var create = () => TimeWindow.Create(PartialDate.Parse(from), PartialDate.Parse(to));

        create.Should().Throw<QueryArgumentException>()
            .Where(e => e.ArgumentName == "from")
            .WithMessage($"*{from}*after 'to' ({to})*");
    }
}
