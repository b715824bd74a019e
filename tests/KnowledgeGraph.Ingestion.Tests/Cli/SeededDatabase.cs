using KnowledgeGraph.Ingestion.Tests.Support;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Ingestion.Tests.Cli;

/// <summary>A SQLite file holding the repository's curated facts, ingested once by <c>kg ingest</c> for a class of read-only tests.</summary>
public sealed class SeededDatabase : IAsyncLifetime
{
    private readonly TemporaryDatabase _database = new();

    public string Path => _database.Path;

    public async ValueTask InitializeAsync()
    {
        var run = await new CliRunner().RunAsync("ingest", Repository.Seed, "--db", _database.Path);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"ingesting the seed failed ({run.ExitCode}): {run.Output}{run.Error}");
        }
    }

    public ValueTask DisposeAsync()
    {
        _database.Dispose();
        return ValueTask.CompletedTask;
    }
}
