namespace KnowledgeGraph.GraphQL.Tests;

/// <summary>Reads golden files copied beside the test assembly.</summary>
internal static class Golden
{
    public static string Read(string relativePath) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, relativePath)).ReplaceLineEndings("\n");
}
