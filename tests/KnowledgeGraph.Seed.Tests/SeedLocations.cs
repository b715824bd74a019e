namespace KnowledgeGraph.Seed.Tests;

/// <summary>
/// Where the curated seed and its source articles are. The repository root is the nearest
/// folder above the test binaries that holds <c>KnowledgeGraph.sln</c>; the articles are in
/// <c>shared/seeds</c> beside the repository (CI clones it so), unless
/// <see cref="ArticlesVariable"/> names another folder. A clone with nothing beside it has no
/// articles, and says why in <see cref="ArticlesMissing"/>.
/// </summary>
/// <param name="RepositoryRoot">The folder holding <c>KnowledgeGraph.sln</c>.</param>
/// <param name="ArticlesFolder">The folder holding the articles, <c>NNN_*.txt</c>; where they were looked for when <see cref="ArticlesMissing"/> is set.</param>
public sealed record SeedLocations(string RepositoryRoot, string ArticlesFolder)
{
    /// <summary>The environment variable that overrides where the articles are.</summary>
    public const string ArticlesVariable = "KG_SEED_ARTICLES";

    private const string SolutionFile = "KnowledgeGraph.sln";

    /// <summary>The <c>seed</c> folder of the repository.</summary>
    public string SeedFolder => Path.Combine(RepositoryRoot, "seed");

    /// <summary>Why there are no articles to read, or null (the default) when there are.</summary>
    public string? ArticlesMissing { get; init; }

    /// <summary>The locations for this test run: from the test binaries and the environment.</summary>
    public static SeedLocations Find() =>
        Find(AppContext.BaseDirectory, Environment.GetEnvironmentVariable(ArticlesVariable));

    /// <summary>
    /// Finds the repository above <paramref name="startFolder"/> and the articles beside it or at
    /// <paramref name="articlesOverride"/>. No folder beside the repository, with no override, is
    /// a clone on its own: the locations then say the articles are missing. A folder that is named
    /// or present but holds no articles is a broken setup, and fails.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">No repository above the start, or no articles in a folder that should hold them; the message names the paths looked at.</exception>
    public static SeedLocations Find(string startFolder, string? articlesOverride)
    {
        var root = FindRepositoryRoot(startFolder);
        if (!string.IsNullOrWhiteSpace(articlesOverride))
        {
            return new SeedLocations(root, RequireArticles(Path.GetFullPath(articlesOverride), $"named by {ArticlesVariable}"));
        }

        var beside = Path.GetFullPath(Path.Combine(root, "..", "shared", "seeds"));
        if (!Directory.Exists(beside))
        {
            return new SeedLocations(root, beside)
            {
                ArticlesMissing = $"the seed's source articles are not beside the repository (there is no folder '{beside}'); "
                    + $"set {ArticlesVariable} to the folder that holds them to check the seed against them",
            };
        }

        return new SeedLocations(root, RequireArticles(beside, $"beside the repository; set {ArticlesVariable} to the folder that holds them if they are elsewhere"));
    }

    private static string RequireArticles(string folder, string origin)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException(
                $"the seed's source articles were looked for in '{folder}' ({origin}), but there is no such folder");
        }

        if (Directory.GetFiles(folder, "*.txt").Length == 0)
        {
            throw new DirectoryNotFoundException(
                $"the seed's source articles were looked for in '{folder}' ({origin}), but it holds no article (*.txt)");
        }

        return folder;
    }

    private static string FindRepositoryRoot(string startFolder)
    {
        for (var folder = new DirectoryInfo(startFolder); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException(
            $"the tests run outside the repository: no folder from '{startFolder}' upwards holds {SolutionFile}");
    }
}
