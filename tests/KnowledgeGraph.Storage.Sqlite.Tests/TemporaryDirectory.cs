namespace KnowledgeGraph.Storage.Sqlite.Tests;

/// <summary>A directory of its own for one test, deleted with everything in it afterwards.</summary>
internal sealed class TemporaryDirectory : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("knowledge-graph-sqlite-");

    public string Path => _directory.FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => _directory.Delete(recursive: true);
}
