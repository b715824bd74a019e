namespace KnowledgeGraph.Seed.Tests;

public sealed class SeedLocationsTests : IDisposable
{
    private readonly DirectoryInfo _scratch = Directory.CreateTempSubdirectory("seed-locations-");

    public void Dispose() => _scratch.Delete(recursive: true);

    [Fact]
    public void The_articles_are_looked_for_in_shared_seeds_beside_the_repository()
    {
        var repository = MakeRepository();
        var articles = MakeArticles(Path.Combine(_scratch.FullName, "shared", "seeds"));

        var locations = SeedLocations.Find(Path.Combine(repository, "tests", "bin"), articlesOverride: null);

        locations.Should().Be(new SeedLocations(repository, articles));
    }

    [Fact]
    public void The_environment_variable_names_another_articles_folder()
    {
        var repository = MakeRepository();
        var articles = MakeArticles(Path.Combine(_scratch.FullName, "elsewhere"));

        var locations = SeedLocations.Find(repository, articles);

        locations.ArticlesFolder.Should().Be(articles);
    }

    [Fact]
    public void Found_articles_are_not_missing()
    {
        var repository = MakeRepository();
        MakeArticles(Path.Combine(_scratch.FullName, "shared", "seeds"));

        var locations = SeedLocations.Find(repository, articlesOverride: null);

        locations.ArticlesMissing.Should().BeNull();
    }

    [Fact]
    public void A_clone_with_nothing_beside_it_has_its_articles_missing_naming_the_folder_looked_in()
    {
        var repository = MakeRepository();
        var expected = Path.Combine(_scratch.FullName, "shared", "seeds");

        var locations = SeedLocations.Find(repository, articlesOverride: null);

        locations.Should().Be(new SeedLocations(repository, expected) { ArticlesMissing = locations.ArticlesMissing });
        locations.ArticlesMissing.Should().Contain(expected).And.Contain("no folder").And.Contain(SeedLocations.ArticlesVariable);
    }

    [Fact]
    public void A_missing_folder_named_by_the_environment_variable_fails_naming_it()
    {
        var repository = MakeRepository();
        var named = Path.Combine(_scratch.FullName, "typo");

        var find = () => SeedLocations.Find(repository, named);

        find.Should().Throw<DirectoryNotFoundException>()
            .Which.Message.Should().Contain(named).And.Contain($"named by {SeedLocations.ArticlesVariable}");
    }

    [Fact]
    public void An_articles_folder_without_articles_fails_naming_it()
    {
        var repository = MakeRepository();
        var empty = Directory.CreateDirectory(Path.Combine(_scratch.FullName, "shared", "seeds")).FullName;

        var find = () => SeedLocations.Find(repository, articlesOverride: null);

        find.Should().Throw<DirectoryNotFoundException>()
            .Which.Message.Should().Contain(empty).And.Contain("holds no article");
    }

    [Fact]
    public void Running_outside_the_repository_fails_naming_where_it_started()
    {
        var outside = Directory.CreateDirectory(Path.Combine(_scratch.FullName, "outside")).FullName;

        var find = () => SeedLocations.Find(outside, articlesOverride: null);

        find.Should().Throw<DirectoryNotFoundException>()
            .Which.Message.Should().Contain(outside).And.Contain("KnowledgeGraph.sln");
    }

    private string MakeRepository()
    {
        var repository = Directory.CreateDirectory(Path.Combine(_scratch.FullName, "repository")).FullName;
        Directory.CreateDirectory(Path.Combine(repository, "tests", "bin"));
        File.WriteAllText(Path.Combine(repository, "KnowledgeGraph.sln"), string.Empty);
        return repository;
    }

    private static string MakeArticles(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "000_x.txt"), "文章");
        return folder;
    }
}
