using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Ingestion.Tests.Support;

/// <summary>A temporary folder of fact files, deleted when the test ends.</summary>
internal sealed class SeedFolder : IDisposable
{
    public SeedFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kg-seed-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>A folder holding <see cref="SeedFacts.Common"/> and <see cref="SeedFacts.Article"/>, each ending with a line break as an editor saves it.</summary>
    public static SeedFolder WithSampleFacts()
    {
        var folder = new SeedFolder();
        folder.Write("common.yaml", SeedFacts.Common + "\n");
        folder.Write("articles/001.yaml", SeedFacts.Article + "\n");
        return folder;
    }

    /// <summary>A copy of the repository's curated facts, to change without touching them.</summary>
    public static SeedFolder CopyOfRepositorySeed()
    {
        var folder = new SeedFolder();
        foreach (var file in Directory.EnumerateFiles(Repository.Seed, "*", SearchOption.AllDirectories))
        {
            folder.WriteBytes(System.IO.Path.GetRelativePath(Repository.Seed, file), File.ReadAllBytes(file));
        }

        return folder;
    }

    public void Write(string relativePath, string content) => WriteBytes(relativePath, System.Text.Encoding.UTF8.GetBytes(content));

    public void WriteBytes(string relativePath, byte[] content)
    {
        var path = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
    }

    public string Read(string relativePath) => File.ReadAllText(System.IO.Path.Combine(Path, relativePath));

    /// <summary>Rewrites a file with one piece of text replaced, failing loudly if the text is not there.</summary>
    public void Edit(string relativePath, string oldText, string newText)
    {
        var content = Read(relativePath);
        content.Should().Contain(oldText);
        Write(relativePath, content.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
