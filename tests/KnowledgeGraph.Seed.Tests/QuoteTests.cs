using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Seed.Tests;

/// <summary>Every quote is copied from its article, and proves its relationship by naming a party to it.</summary>
public sealed class QuoteTests(CuratedSeed seed)
{
    private const int MutationSeed = 20241022;
    private const int Mutations = 500;

    [Fact]
    public void Every_quote_is_verbatim_in_its_article_apart_from_whitespace()
    {
        var offences = QuotesNotInTheirArticle(seed, seed.Facts.Relationships);

        offences.ShouldBeNone("every quote must be a substring of its source's article once all whitespace is removed from both");
    }

    /// <summary>
    /// A relationship must name at least one of its ends in at least one of its quotes, by the
    /// entity's name, English name or an alias. At least one end, because a quote is one clause
    /// and a clause often names one side only, the other coming from the same sentence or
    /// paragraph (13日,市长丁纯一行拜访了中国信息通信研究院 names both; 主要从事SSD固态存储控制芯片研发设计
    /// names the industry, the company being the sentence's subject). At least one quote,
    /// because a second quote may add only a detail that points back (蒋鹏举在现场见证该项目签约).
    /// A relationship whose quotes name neither end cannot be told apart from any other pair.
    /// </summary>
    [Fact]
    public void Every_relationship_names_one_of_its_ends_in_a_quote()
    {
        var offences = RelationshipsNamingNeitherEnd(seed, seed.Facts.Relationships);

        offences.ShouldBeNone("every relationship must name one of its ends, by name, English name or alias, in one of its quotes");
    }

    [Theory]
    [InlineData("希望双方在现有合作基础上开展全面合作", false)]
    [InlineData("常州也加快发展集成电路产业", true)]
    [InlineData("汪泉一行拜访了国家集成电路产业投资基金股份有限公司", true)]
    [InlineData("visited changzhou", true)]
    public void A_relationship_is_reported_unless_a_quote_names_one_of_its_ends(string quote, bool named)
    {
        var source = seed.Facts.Sources.Single(s => s.File?.StartsWith("004_", StringComparison.Ordinal) == true);
        var cooperation = new Relationship("rel:test-cooperation", "COOPERATES_WITH", "place:changzhou", "fund:china-ic-industry-investment-fund")
        {
            Evidence = [new Evidence(source.Id, quote)],
        };

        var offences = RelationshipsNamingNeitherEnd(seed, [cooperation]);

        offences.Should().HaveCount(named ? 0 : 1);
    }

    private static List<string> RelationshipsNamingNeitherEnd(CuratedSeed seed, IEnumerable<Relationship> relationships)
    {
        var entities = seed.Facts.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        return [.. relationships
            .Where(r => !r.Evidence.Any(e => entities[r.FromId].IsNamedIn(e.Quote) || entities[r.ToId].IsNamedIn(e.Quote)))
            .Select(r => $"{seed.FilesHolding(r.Evidence[0].Quote)}: {CuratedSeed.Describe(r)}: "
                + $"{string.Join(" ", r.Evidence.Select(e => $"「{e.Quote}」"))} names neither "
                + $"{entities[r.FromId].AllNamesShown()} nor {entities[r.ToId].AllNamesShown()}")];
    }

    /// <summary>
    /// Proves that the verbatim check can fail: a quote with one character dropped, replaced or
    /// inserted inside it is reported. The change is never at either end of the quote, since a
    /// quote cut short is still verbatim, and it always makes text the article does not print
    /// (a character it never uses, or two characters it never prints side by side).
    /// </summary>
    [Fact]
    public void A_quote_with_one_character_dropped_replaced_or_inserted_is_reported()
    {
        var random = new Random(MutationSeed);
        var quoted = QuotesOfAtLeast(3);

        for (var i = 0; i < Mutations; i++)
        {
            var (relationship, evidence) = quoted[random.Next(quoted.Count)];
            var article = seed.ArticleOf(evidence.SourceId)!;
            var (mutated, how) = Mutate(QuoteText.RemoveWhitespace(evidence.Quote), article, random);
            var altered = relationship with { Evidence = [evidence with { Quote = mutated }] };

            var offences = QuotesNotInTheirArticle(seed, [altered]);

            offences.Should().ContainSingle($"mutation {i} ({how}) of 「{evidence.Quote}」 gives 「{mutated}」, which {article.File} does not print");
        }
    }

    [Fact]
    public void A_quote_spaced_or_broken_differently_from_its_article_is_still_verbatim()
    {
        var random = new Random(MutationSeed);
        var quoted = QuotesOfAtLeast(2);
        string[] whitespace = [" ", "\n", "\r\n", "\t", "\u3000", "  "];

        for (var i = 0; i < Mutations; i++)
        {
            var (relationship, evidence) = quoted[random.Next(quoted.Count)];
            var spaced = evidence.Quote.Insert(random.Next(1, evidence.Quote.Length), whitespace[random.Next(whitespace.Length)]);
            var respaced = relationship with { Evidence = [evidence with { Quote = spaced }] };

            var offences = QuotesNotInTheirArticle(seed, [respaced]);

            offences.Should().BeEmpty($"case {i}: 「{spaced}」 differs from the article only in whitespace");
        }
    }

    [Fact]
    public void A_quote_of_only_whitespace_is_reported()
    {
        var relationship = seed.Facts.Relationships[0];
        var blank = relationship with { Evidence = [relationship.Evidence[0] with { Quote = " \n " }] };

        var offences = QuotesNotInTheirArticle(seed, [blank]);

        offences.Should().ContainSingle().Which.Should().Contain("empty");
    }

    [Fact]
    public void A_quote_citing_a_source_without_an_article_is_reported()
    {
        var relationship = seed.Facts.Relationships[0];
        var unsourced = relationship with { Evidence = [relationship.Evidence[0] with { SourceId = "source:999" }] };

        var offences = QuotesNotInTheirArticle(seed, [unsourced]);

        offences.Should().ContainSingle().Which.Should().Contain("source:999");
    }

    internal static List<string> QuotesNotInTheirArticle(CuratedSeed seed, IEnumerable<Relationship> relationships)
    {
        var offences = new List<string>();
        foreach (var relationship in relationships)
        {
            foreach (var evidence in relationship.Evidence)
            {
                var quote = QuoteText.RemoveWhitespace(evidence.Quote);
                var article = seed.ArticleOf(evidence.SourceId);
                var problem = article is null ? $"{evidence.SourceId} names no article in {seed.Locations.ArticlesFolder}"
                    : quote.Length == 0 ? "the quote is empty"
                    : !article.Compact.Contains(quote, StringComparison.Ordinal) ? $"{article.File} does not print this quote"
                    : null;
                if (problem is not null)
                {
                    offences.Add($"{seed.Describe(relationship, evidence)}: {problem}");
                }
            }
        }

        return offences;
    }

    private List<(Relationship Relationship, Evidence Evidence)> QuotesOfAtLeast(int characters) =>
        [.. seed.Facts.Relationships
            .SelectMany(r => r.Evidence.Select(e => (Relationship: r, Evidence: e)))
            .Where(q => QuoteText.RemoveWhitespace(q.Evidence.Quote).Length >= characters)];

    private static (string Mutated, string How) Mutate(string quote, Article article, Random random)
    {
        var droppable = Enumerable.Range(1, quote.Length - 2)
            .Where(i => !PrintsSideBySide(article.Compact, quote[i - 1], quote[i + 1]))
            .ToList();
        var stranger = CharacterNotIn(article.Compact, random);
        var inside = random.Next(1, quote.Length - 1);
        return random.Next(3) switch
        {
            0 when droppable.Count > 0 => DropAt(quote, droppable[random.Next(droppable.Count)]),
            1 => (quote.Remove(inside, 1).Insert(inside, stranger.ToString()), $"replace character {inside} with '{stranger}'"),
            _ => (quote.Insert(inside, stranger.ToString()), $"insert '{stranger}' at {inside}"),
        };
    }

    private static (string, string) DropAt(string quote, int index) => (quote.Remove(index, 1), $"drop character {index}");

    private static bool PrintsSideBySide(string text, char first, char second)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i - 1] == first && text[i] == second)
            {
                return true;
            }
        }

        return false;
    }

    private static char CharacterNotIn(string text, Random random)
    {
        while (true)
        {
            var candidate = (char)random.Next(0x4E00, 0x9FA6);
            if (!text.Contains(candidate, StringComparison.Ordinal))
            {
                return candidate;
            }
        }
    }
}
