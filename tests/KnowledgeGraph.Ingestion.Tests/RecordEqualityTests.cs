using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Ingestion.Tests;

public sealed class RecordEqualityTests
{
    private static readonly Entity Wujin = new("place:wujin", "DISTRICT", "武进区") { Aliases = ["武进", "武进县"] };

    private static readonly Relationship Investment = new("rel:x", "INVESTED_IN", "org:a", "project:b")
    {
        Date = PartialDate.Parse("2024"),
        Amount = new Money(20m, "亿", "CNY"),
        Evidence = [new Evidence("source:001", "总投资20亿元"), new Evidence("source:002", "20亿元")],
    };

    [Fact]
    public void Entities_with_equal_aliases_in_new_lists_are_the_same() =>
        RecordEquality.Same(Wujin, Wujin with { Aliases = ["武进", "武进县"] }).Should().BeTrue();

    [Fact]
    public void Entities_whose_aliases_differ_only_in_order_are_the_same() =>
        RecordEquality.Same(Wujin, Wujin with { Aliases = ["武进县", "武进"] }).Should().BeTrue();

    [Theory]
    [InlineData("name")]
    [InlineData("alias")]
    [InlineData("note")]
    [InlineData("type")]
    public void Entities_that_differ_in_any_field_are_not_the_same(string field)
    {
        var changed = field switch
        {
            "name" => Wujin with { Name = "武进" },
            "alias" => Wujin with { Aliases = ["武进"] },
            "note" => Wujin with { Note = "county until 1995" },
            _ => Wujin with { Type = "CITY" },
        };

        RecordEquality.Same(Wujin, changed).Should().BeFalse();
    }

    [Fact]
    public void Relationships_whose_evidence_differs_only_in_order_are_the_same() =>
        RecordEquality.Same(Investment, Investment with { Evidence = [.. Investment.Evidence.Reverse()] }).Should().BeTrue();

    [Fact]
    public void Amounts_that_are_numerically_equal_are_the_same() =>
        RecordEquality.Same(Investment, Investment with { Amount = new Money(20.0m, "亿", "CNY") }).Should().BeTrue();

    [Theory]
    [InlineData("quote")]
    [InlineData("amount")]
    [InlineData("date")]
    [InlineData("note")]
    public void Relationships_that_differ_in_any_field_are_not_the_same(string field)
    {
        var changed = field switch
        {
            "quote" => Investment with { Evidence = [new Evidence("source:001", "总投资20亿元"), new Evidence("source:002", "二十亿元")] },
            "amount" => Investment with { Amount = new Money(20m, "亿", "CNY") { Approximate = true } },
            "date" => Investment with { Date = PartialDate.Parse("2024-10") },
            _ => Investment with { Note = "signed at the fair" },
        };

        RecordEquality.Same(Investment, changed).Should().BeFalse();
    }

    [Fact]
    public void Sources_compare_by_every_field()
    {
        var source = new Source("source:001", "标题") { PublishedOn = PartialDate.Parse("2024-10-24") };

        RecordEquality.Same(source, source with { }).Should().BeTrue();
        RecordEquality.Same(source, source with { Outlet = "常州日报" }).Should().BeFalse();
    }
}
