namespace KnowledgeGraph.Api.Tests.Playground;

/// <summary>Files of the source tree, found from the test's output folder, which lies inside it.</summary>
internal static class RepositoryFiles
{
    private const string Marker = "KnowledgeGraph.sln";

    public static string PathOf(string relativePath)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, Marker)))
            {
                return Path.Combine(directory.FullName, relativePath);
            }
        }

        throw new InvalidOperationException($"No {Marker} above {AppContext.BaseDirectory}: the tests run from the source tree's build output.");
    }
}
