using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Tests.Model;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2024")]
    [InlineData("2024-10")]
    [InlineData("2024-10-22")]
    [InlineData("2024-02-29")]
    public void A_valid_date_prints_as_it_was_given(string text) =>
        PartialDate.Parse(text).ToString().Should().Be(text);

    [Theory]
    [InlineData("2024-13", "month 13")]
    [InlineData("2023-02-29", "day 29")]
    [InlineData("2024-00", "month 0")]
    [InlineData("24-10", "not a date")]
    [InlineData("2024/10", "not a date")]
    [InlineData("2024-1", "not a date")]
    [InlineData("", "empty")]
    [InlineData("二〇二四", "not a date")]
    public void An_impossible_date_is_rejected_with_the_reason(string text, string reason)
    {
        PartialDate.TryParse(text, out _, out var error).Should().BeFalse();
        error.Should().Contain(reason);
    }

    [Theory]
    [InlineData("2024", "2024-10-22", true)]
    [InlineData("2024-10", "2024-10-31", true)]
    [InlineData("2024-10", "2024-11-01", false)]
    [InlineData("2018", "2024", false)]
    public void Dates_overlap_when_their_intervals_share_a_day(string a, string b, bool overlaps)
    {
        PartialDate.Parse(a).Overlaps(PartialDate.Parse(b)).Should().Be(overlaps);
        PartialDate.Parse(b).Overlaps(PartialDate.Parse(a)).Should().Be(overlaps);
    }

    [Fact]
    public void A_coarser_date_sorts_before_the_finer_dates_it_contains()
    {
        var dates = new[] { "2024-10-22", "2024-10", "2024", "2018-11" }.Select(PartialDate.Parse).Order();
        dates.Select(d => d.ToString()).Should().Equal("2018-11", "2024", "2024-10", "2024-10-22");
    }
}
