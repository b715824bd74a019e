using System.Text.Json.Nodes;
using KnowledgeGraph.Ingestion.Tests.Support;

namespace KnowledgeGraph.Ingestion.Tests.Cli;

/// <summary><c>kg ingest</c> over a copy of the curated seed into a real SQLite file: idempotent, updating, retracting, and all-or-nothing.</summary>
public sealed class SqliteIngestionTests : IDisposable
{
    private readonly SeedFolder _seed = SeedFolder.CopyOfRepositorySeed();
    private readonly TemporaryDatabase _database = new();
    private readonly CliRunner _kg = new();

    [Fact]
    public async Task The_first_ingest_writes_the_whole_seed_into_a_new_file()
    {
        var report = await IngestAsync();

        report["outcome"]!.GetValue<string>().Should().Be("applied");
        var snapshot = await _database.ReadSnapshotAsync();
        snapshot.Entities.Should().HaveCount(265);
        snapshot.Relationships.Should().HaveCount(439);
        snapshot.Sources.Should().HaveCount(5);
    }

    [Fact]
    public async Task Ingesting_the_same_seed_again_writes_nothing()
    {
        await IngestAsync();
        var before = await _database.ReadSnapshotAsync();

        var report = await IngestAsync();

        report["outcome"]!.GetValue<string>().Should().Be("unchanged");
        Totals(report).Should().Equal(0, 0, 0);
        (await _database.ReadSnapshotAsync()).Should().BeEquivalentTo(before);
    }

    [Fact]
    public async Task An_edited_quote_updates_its_relationship_and_nothing_else()
    {
        await IngestAsync();
        _seed.Edit("articles/001.yaml", "quote: 中国科学院院士吴云东", "quote: 院士吴云东");

        var report = await IngestAsync();

        report["outcome"]!.GetValue<string>().Should().Be("applied");
        Totals(report).Should().Equal(0, 1, 0);
        var snapshot = await _database.ReadSnapshotAsync();
        snapshot.Relationships.SelectMany(r => r.Evidence).Select(e => e.Quote).Should().Contain("院士吴云东").And.NotContain("中国科学院院士吴云东");
    }

    [Fact]
    public async Task Relationships_deleted_from_a_file_are_retracted_and_its_entities_stay()
    {
        await IngestAsync();
        var before = await _database.ReadSnapshotAsync();
        var file = _seed.Read("articles/004.yaml");
        _seed.Write("articles/004.yaml", file[..file.IndexOf("\nrelationships:", StringComparison.Ordinal)]);

        var report = await IngestAsync();

        Totals(report).Should().Equal(0, 0, 96);
        var snapshot = await _database.ReadSnapshotAsync();
        snapshot.Relationships.Should().HaveCount(439 - 96);
        snapshot.Relationships.Select(r => r.Id).Should().BeSubsetOf(before.Relationships.Select(r => r.Id));
        snapshot.Entities.Should().BeEquivalentTo(before.Entities);
    }

    [Fact]
    public async Task A_bad_file_leaves_the_store_exactly_as_it_was()
    {
        await IngestAsync();
        var before = await _database.ReadSnapshotAsync();
        _seed.Edit("articles/001.yaml", "quote: 中国科学院院士吴云东", "quote: 院士吴云东");
        _seed.Write("articles/005.yaml", "relationships:\n  - { type: MET, from: person:nobody, to: 左丁, evidence: [] }\n");

        var run = await _kg.RunAsync("ingest", _seed.Path, "--db", _database.Path);

        run.ExitCode.Should().Be(1);
        run.Output.Should().Contain($"{_seed.Path}/articles/005.yaml:2:").And.Contain("nothing was written");
        (await _database.ReadSnapshotAsync()).Should().BeEquivalentTo(before);
    }

    public void Dispose()
    {
        _seed.Dispose();
        _database.Dispose();
    }

    /// <summary>Relationships added, updated and retracted.</summary>
    private static int[] Totals(JsonNode report)
    {
        var relationships = report["counts"]!.AsArray().Where(c => c!["kind"]!.GetValue<string>() == "relationship").ToList();
        return [.. new[] { "added", "updated", "retracted" }.Select(field => relationships.Sum(c => c![field]!.GetValue<int>()))];
    }

    private async Task<JsonNode> IngestAsync()
    {
        var run = await _kg.RunAsync("ingest", _seed.Path, "--db", _database.Path, "--json");
        run.Error.Should().BeEmpty();
        return JsonNode.Parse(run.Output)!;
    }
}
