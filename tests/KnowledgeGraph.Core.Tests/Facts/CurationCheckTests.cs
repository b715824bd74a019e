using FsCheck;
using FsCheck.Fluent;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Core.Schema;
using static KnowledgeGraph.Core.Tests.Facts.FactFixtures;

namespace KnowledgeGraph.Core.Tests.Facts;

public sealed class CurationCheckTests
{
    private const string ArticleText = "10月22日，市委书记陈金虎率常州经贸代表团\n赴深圳。";

    private static FactValidationResult ValidateQuote(string quote, string file = "001_a.txt") =>
        new FactValidator(GraphSchema.Default).Validate(
            [Read($$"""
                sources:
                  - { id: source:001, title: t, file: {{file}} }
                entities:
                  - { id: person:chen-jinhu, type: PERSON, name: 陈金虎 }
                  - { id: place:changzhou, type: CITY, name: 常州市 }
                relationships:
                  - type: HOLDS_POSITION
                    from: person:chen-jinhu
                    to: place:changzhou
                    role: 市委书记
                    evidence:
                      - { source: source:001, quote: "{{quote}}" }
                """)],
            new SourceArticles("articles", [new SourceArticle("001_a.txt", ArticleText)]));

    private static FactValidationResult ValidateEntities(string entities) =>
        Validate((ArticlePath, "entities:\n" + entities));

    [Fact]
    public void A_quote_printed_in_its_article_apart_from_line_breaks_passes() =>
        ValidateQuote("市委书记陈金虎率常州经贸代表团赴深圳").Errors.Should().BeEmpty();

    [Fact]
    public void A_paraphrased_quote_is_reported_with_the_quote_and_its_article() =>
        ValidateQuote("陈金虎书记率团赴深圳").Errors.Should().ContainSingle()
            .Which.Message.Should().Contain("「陈金虎书记率团赴深圳」").And.Contain("001_a.txt");

    [Fact]
    public void A_source_whose_article_is_missing_is_reported() =>
        ValidateQuote("陈金虎", file: "009_gone.txt").Errors.Should().ContainSingle()
            .Which.Code.Should().Be(FactErrorCodes.MissingArticle);

    [Fact]
    public void Any_quote_cut_from_the_article_passes()
    {
        var text = QuoteText.RemoveWhitespace(ArticleText);
        var cuts = from start in Gen.Choose(0, text.Length - 1)
                   from length in Gen.Choose(1, text.Length - start)
                   select text.Substring(start, length);

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll(cuts.ToArbitrary(), cut => ValidateQuote(cut).IsValid));
    }

    [Fact]
    public void Any_quote_with_a_character_the_article_does_not_print_inserted_fails()
    {
        var text = QuoteText.RemoveWhitespace(ArticleText);
        var altered = from start in Gen.Choose(0, text.Length - 2)
                      from length in Gen.Choose(2, text.Length - start)
                      from at in Gen.Choose(1, length - 1)
                      from stranger in Gen.Elements('汪', '泉', 'x', '?')
                      select text.Substring(start, length).Insert(at, stranger.ToString());

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll(altered.ToArbitrary(), quote =>
            ValidateQuote(quote).Errors.Single().Code == FactErrorCodes.QuoteNotInArticle));
    }

    [Fact]
    public void Two_entities_of_one_type_sharing_a_name_are_a_homonym_naming_the_first() =>
        ValidateEntities("  - { id: person:wang-quan, type: PERSON, name: 汪泉 }\n  - { id: person:wang-quan-2, type: PERSON, name: 汪泉 }\n")
            .Errors.Should().ContainSingle().Which.Message.Should()
            .Contain($"did you mean person:wang-quan (汪泉, declared at {ArticlePath}:2)?");

    [Fact]
    public void An_alias_that_is_another_entitys_name_collides() =>
        ValidateEntities("  - { id: place:changzhou, type: CITY, name: 常州市 }\n  - { id: org:x, type: COMPANY, name: X, aliases: [常州市] }\n")
            .Errors.Should().ContainSingle().Which.Code.Should().Be(FactErrorCodes.AliasCollision);

    [Fact]
    public void An_alias_that_is_another_entitys_id_collides() =>
        ValidateEntities("  - { id: place:changzhou, type: CITY, name: 常州市 }\n  - { id: org:x, type: COMPANY, name: X, aliases: [place:changzhou] }\n")
            .Errors.Should().ContainSingle().Which.Message.Should().Contain("the id of place:changzhou");

    [Fact]
    public void Entities_declared_distinct_with_a_note_may_share_a_name() =>
        ValidateEntities("  - { id: person:wang-quan, type: PERSON, name: 汪泉 }\n  - { id: person:wang-quan-2, type: PERSON, name: 汪泉, distinctFrom: [person:wang-quan], note: another man }\n")
            .Errors.Should().BeEmpty();

    [Fact]
    public void A_distinct_from_naming_an_unknown_id_is_reported() =>
        ValidateEntities("  - { id: person:wang-quan, type: PERSON, name: 汪泉, distinctFrom: [person:nobody], note: n }\n")
            .Errors.Should().ContainSingle().Which.Code.Should().Be(FactErrorCodes.InvalidDistinctFrom);
}
