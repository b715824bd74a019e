namespace KnowledgeGraph.Ingestion.Tests.Support;

/// <summary>Paths in the repository the tests run from, found by walking up to the solution file.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>The curated facts, <c>seed/</c>; tests only read them, or copy them first.</summary>
    public static string Seed => Path.Combine(Root, "seed");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "KnowledgeGraph.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"no KnowledgeGraph.sln above {AppContext.BaseDirectory}");
    }
}
