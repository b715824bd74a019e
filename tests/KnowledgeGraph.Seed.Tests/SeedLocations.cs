namespace KnowledgeGraph.Seed.Tests;

/// <summary>
/// Where the curated seed and its source articles are. The repository root is the nearest
/// folder above the test binaries that holds <c>KnowledgeGraph.sln</c>; the articles are in
/// <c>shared/seeds</c> beside the repository (CI clones it so), unless
/// <see cref="ArticlesVariable"/> names another folder.
/// </summary>
/// <param name="RepositoryRoot">The folder holding <c>KnowledgeGraph.sln</c>.</param>
/// <param name="ArticlesFolder">The folder holding the articles, <c>NNN_*.txt</c>.</param>
public sealed record SeedLocations(string RepositoryRoot, string ArticlesFolder)
{
    /// <summary>The environment variable that overrides where the articles are.</summary>
    public const string ArticlesVariable = "KG_SEED_ARTICLES";

    private const string SolutionFile = "KnowledgeGraph.sln";

    /// <summary>The <c>seed</c> folder of the repository.</summary>
    public string SeedFolder => Path.Combine(RepositoryRoot, "seed");

    /// <summary>The locations for this test run: from the test binaries and the environment.</summary>
    public static SeedLocations Find() =>
        Find(AppContext.BaseDirectory, Environment.GetEnvironmentVariable(ArticlesVariable));

    /// <summary>Finds the repository above <paramref name="startFolder"/> and the articles beside it or at <paramref name="articlesOverride"/>.</summary>
    /// <exception cref="DirectoryNotFoundException">No repository above the start, or no articles where they should be; the message names the paths looked at.</exception>
    public static SeedLocations Find(string startFolder, string? articlesOverride)
    {
        var root = FindRepositoryRoot(startFolder);
        var fromVariable = !string.IsNullOrWhiteSpace(articlesOverride);
        var articles = fromVariable
            ? Path.GetFullPath(articlesOverride!)
            : Path.GetFullPath(Path.Combine(root, "..", "shared", "seeds"));
        var origin = fromVariable
            ? $"named by {ArticlesVariable}"
            : $"beside the repository; set {ArticlesVariable} to the folder that holds them if they are elsewhere";

        if (!Directory.Exists(articles))
        {
            throw new DirectoryNotFoundException(
                $"the seed's source articles were looked for in '{articles}' ({origin}), but there is no such folder");
        }

        if (Directory.GetFiles(articles, "*.txt").Length == 0)
        {
            throw new DirectoryNotFoundException(
                $"the seed's source articles were looked for in '{articles}' ({origin}), but it holds no article (*.txt)");
        }

        return new SeedLocations(root, articles);
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
