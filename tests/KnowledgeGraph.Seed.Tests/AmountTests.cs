using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Seed.Tests;

/// <summary>Amounts are taken only from numbers the article prints clearly, and say when they are approximate.</summary>
public sealed class AmountTests(CuratedSeed seed)
{
    private const string GarblingArticle = "004_";

    [Fact]
    public void No_amount_is_read_from_a_number_the_article_garbles()
    {
        var offences = AmountsFromGarbledNumbers(seed, seed.Facts.Relationships);

        offences.ShouldBeNone("an amount's printed words (its text, else its quote) must not touch a garbled number (a '?' for a digit) in the article");
    }

    [Fact]
    public void No_relationship_quoting_a_garbled_number_carries_an_amount()
    {
        var offences = AmountsBesideGarbledQuotes(seed, seed.Facts.Relationships);

        offences.ShouldBeNone("a relationship whose quote holds a garbled number must carry no amount: the words go to its note");
    }

    [Fact]
    public void Every_garbled_number_a_quote_repeats_is_kept_in_a_note_or_carries_no_amount()
    {
        var garbling = seed.ArticlesByFile.Values.Single(a => a.File.StartsWith(GarblingArticle, StringComparison.Ordinal));

        var offences = GarbledNumbersOutsideNotes(seed, seed.Facts.Relationships);

        ArticleText.GarbledNumbers(garbling.Compact).Should().NotBeEmpty($"{garbling.File} prints numbers with lost digits, which this test is about");
        offences.ShouldBeNone("a garbled number that a quote repeats must be kept in a note, or its relationship must carry no amount");
    }

    [Theory]
    [InlineData(true, null, false)]
    [InlineData(true, "已完成?7亿元投资", true)]
    [InlineData(false, null, true)]
    public void A_garbled_number_is_reported_when_it_carries_an_amount_and_no_note_keeps_it(bool amount, string? note, bool kept)
    {
        var invested = InvestmentQuoting("2017年至今已完成?7亿元投资", amount ? new Money(7, "亿", "CNY") : null) with { Note = note };

        var offences = GarbledNumbersOutsideNotes(seed, [invested]);

        offences.Should().HaveCount(kept ? 0 : 1);
    }

    [Fact]
    public void Approximate_amounts_are_marked_approximate_with_their_printed_words()
    {
        var offences = UnmarkedApproximateAmounts(seed, seed.Facts.Relationships);

        offences.ShouldBeNone("an amount its quote words as approximate (近, 超, 约, 逾, …余) needs approximate: true and its printed words in text");
    }

    [Fact]
    public void Every_amount_text_is_printed_in_a_quote_of_its_relationship()
    {
        var offences = seed.Facts.Relationships
            .Where(r => r.Amount?.Text is { } text
                && !r.Evidence.Any(e => KnowledgeGraph.Core.Facts.QuoteText.RemoveWhitespace(e.Quote).Contains(KnowledgeGraph.Core.Facts.QuoteText.RemoveWhitespace(text), StringComparison.Ordinal)))
            .Select(r => $"{seed.FilesHolding(r.Evidence[0].Quote)}: {CuratedSeed.Describe(r)}: amount text 「{r.Amount!.Text}」 is in none of its quotes")
            .ToList();

        offences.ShouldBeNone("an amount's text is the words as printed, so one of the relationship's quotes must hold it");
    }

    [Theory]
    [InlineData("一期总投?0亿元", "20")]
    [InlineData("0亿元,主要从事SSD固态存储控制芯片研发设计", "20")]
    [InlineData("北自所常州基地一期总投?.38亿元", "1.38")]
    public void An_amount_read_from_a_garbled_number_is_reported(string quote, string value)
    {
        var invested = InvestmentQuoting(quote, new Money(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), "亿", "CNY"));

        var offences = AmountsFromGarbledNumbers(seed, [invested]);

        offences.Should().ContainSingle().Which.Should().Contain(quote);
    }

    [Fact]
    public void An_amount_beside_a_quote_with_a_garbled_number_is_reported()
    {
        var invested = InvestmentQuoting("计划总投?0亿元,一期工程于2017?月开工建设", new Money(20, "亿", "CNY"));

        var offences = AmountsBesideGarbledQuotes(seed, [invested]);

        offences.Should().ContainSingle();
    }

    [Fact]
    public void An_amount_printed_clearly_next_to_no_garbled_number_passes()
    {
        var invested = InvestmentQuoting("预计年产值约28亿元", new Money(28, "亿", "CNY") { Approximate = true, Text = "约28亿元" });

        var offences = AmountsFromGarbledNumbers(seed, [invested])
            .Concat(AmountsBesideGarbledQuotes(seed, [invested]))
            .Concat(UnmarkedApproximateAmounts(seed, [invested]));

        offences.Should().BeEmpty();
    }

    [Theory]
    [InlineData(false, null)]
    [InlineData(true, null)]
    [InlineData(false, "约28亿元")]
    public void An_approximate_amount_without_its_flag_or_words_is_reported(bool approximate, string? text)
    {
        var invested = InvestmentQuoting("预计年产值约28亿元", new Money(28, "亿", "CNY") { Approximate = approximate, Text = text });

        var offences = UnmarkedApproximateAmounts(seed, [invested]);

        offences.Should().ContainSingle().Which.Should().Contain("约28亿元");
    }

    private static List<string> GarbledNumbersOutsideNotes(CuratedSeed seed, IEnumerable<Relationship> relationships)
    {
        var entities = seed.Facts.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        return [..
            from relationship in relationships
            where relationship.Amount is not null
            from evidence in relationship.Evidence
            from garbled in ArticleText.GarbledNumbers(KnowledgeGraph.Core.Facts.QuoteText.RemoveWhitespace(evidence.Quote))
            let notes = new[] { relationship.Note, entities[relationship.FromId].Note, entities[relationship.ToId].Note }
            where !notes.Any(n => n?.Contains(garbled.Value, StringComparison.Ordinal) == true)
            select $"{seed.Describe(relationship, evidence)}: '{garbled.Value}' is in no note, yet the relationship carries an amount"];
    }

    private static List<string> AmountsFromGarbledNumbers(CuratedSeed seed, IEnumerable<Relationship> relationships)
    {
        var offences = new List<string>();
        foreach (var relationship in relationships.Where(r => r.Amount is not null))
        {
            foreach (var evidence in relationship.Evidence)
            {
                var article = seed.ArticleOf(evidence.SourceId);
                var quote = KnowledgeGraph.Core.Facts.QuoteText.RemoveWhitespace(evidence.Quote);
                var at = article?.Compact.IndexOf(quote, StringComparison.Ordinal) ?? -1;
                if (article is null || at < 0)
                {
                    continue;
                }

                var (start, length) = StatedWords(quote, relationship.Amount!);
                var touching = ArticleText.GarbledNumbers(article.Compact)
                    .Where(g => g.Index <= at + start + length && at + start <= g.Index + g.Length)
                    .Select(g => g.Value)
                    .ToList();
                if (touching.Count > 0)
                {
                    offences.Add($"{seed.Describe(relationship, evidence)}: amount {relationship.Amount!.Value}{relationship.Amount.Unit} "
                        + $"touches the garbled {string.Join(", ", touching)} in {article.File}");
                }
            }
        }

        return offences;
    }

    /// <summary>Where in the quote the amount is stated: its text when the quote holds it, else the whole quote.</summary>
    private static (int Start, int Length) StatedWords(string quote, Money amount)
    {
        var text = amount.Text is null ? string.Empty : KnowledgeGraph.Core.Facts.QuoteText.RemoveWhitespace(amount.Text);
        var start = text.Length > 0 ? quote.IndexOf(text, StringComparison.Ordinal) : -1;
        return start >= 0 ? (start, text.Length) : (0, quote.Length);
    }

    private static List<string> AmountsBesideGarbledQuotes(CuratedSeed seed, IEnumerable<Relationship> relationships) =>
        [.. from relationship in relationships
            where relationship.Amount is not null
            from evidence in relationship.Evidence
            let garbled = ArticleText.GarbledNumbers(KnowledgeGraph.Core.Facts.QuoteText.RemoveWhitespace(evidence.Quote))
            where garbled.Count > 0
            select $"{seed.Describe(relationship, evidence)}: carries amount {relationship.Amount!.Value}{relationship.Amount.Unit} "
                + $"although the quote garbles {string.Join(", ", garbled.Select(g => g.Value))}"];

    private static List<string> UnmarkedApproximateAmounts(CuratedSeed seed, IEnumerable<Relationship> relationships) =>
        [.. from relationship in relationships
            where relationship.Amount is not null
            from evidence in relationship.Evidence
            from approximate in ArticleText.ApproximateAmounts(KnowledgeGraph.Core.Facts.QuoteText.RemoveWhitespace(evidence.Quote))
            where !relationship.Amount!.Approximate || string.IsNullOrWhiteSpace(relationship.Amount.Text)
            select $"{seed.Describe(relationship, evidence)}: the quote prints {approximate}, but the amount has "
                + $"approximate: {relationship.Amount!.Approximate.ToString().ToLowerInvariant()}, text: {relationship.Amount.Text ?? "(none)"}"];

    private Relationship InvestmentQuoting(string quote, Money? amount)
    {
        var source = seed.Facts.Sources.Single(s => s.File?.StartsWith(GarblingArticle, StringComparison.Ordinal) == true);
        return new Relationship("rel:test-investment", "INVESTED_IN", "org:xinsheng", "park:changzhou-ic-ecological-industrial-park")
        {
            Amount = amount,
            Evidence = [new Evidence(source.Id, quote)],
        };
    }
}
