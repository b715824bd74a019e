using Xunit.Sdk;

namespace KnowledgeGraph.Seed.Tests;

public sealed class CuratedSeedTests(CuratedSeed seed)
{
    private const string Reason = "no articles beside this clone";

    [Fact]
    public void Reading_missing_articles_skips_the_test_with_the_reason()
    {
        var lonely = new CuratedSeed(Lonely());

        var read = () => lonely.ArticlesByFile;

        read.Should().Throw<SkipException>().Which.Message.Should().Contain(Reason);
    }

    [Fact]
    public void Missing_articles_leave_the_seed_readable()
    {
        var lonely = new CuratedSeed(Lonely());

        lonely.Facts.Entities.Should().HaveCount(seed.Facts.Entities.Count).And.NotBeEmpty();
    }

    /// <summary>This run's locations, as a clone without articles finds them: the folder looked in is not there.</summary>
    private SeedLocations Lonely() => seed.Locations with
    {
        ArticlesFolder = Path.Combine(seed.Locations.RepositoryRoot, "no-articles-here"),
        ArticlesMissing = Reason,
    };
}
