namespace KnowledgeGraph.Testing;

/// <summary>Folders of the repository the tests run from, found by walking up to the solution file.</summary>
public static class Repository
{
    /// <summary>The repository's root folder, the one holding KnowledgeGraph.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The curated facts, <c>seed/</c>; tests only read them, or copy them first.</summary>
    public static string Seed => Path.Combine(Root, "seed");

    /// <summary>The full path of a file or folder given relative to the root.</summary>
    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "KnowledgeGraph.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"the tests run outside the repository: no KnowledgeGraph.sln above {AppContext.BaseDirectory}");
    }
}
