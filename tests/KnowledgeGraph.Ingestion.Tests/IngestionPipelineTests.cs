using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Ingestion.Tests.Support;

namespace KnowledgeGraph.Ingestion.Tests;

public sealed class IngestionPipelineTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_first_run_adds_every_fact_in_one_change_set()
    {
        using var seed = SeedFolder.WithSampleFacts();
        var store = new RecordingGraphStore();

        var report = await Pipelines.Over(store).IngestAsync(seed.Path, None);

        report.Outcome.Should().Be(IngestionOutcome.Applied);
        report.FilesRead.Should().Be(2);
        store.Applied.Should().ContainSingle();
        var snapshot = await store.SnapshotAsync();
        snapshot.Sources.Should().ContainSingle();
        snapshot.Entities.Should().HaveCount(5);
        snapshot.Relationships.Should().HaveCount(3);
        report.Total(RecordKind.Entity).Should().Be(new IngestionCount(RecordKind.Entity, "ALL", Added: 5, 0, 0, 0));
        report.Counts.Should().ContainEquivalentOf(new IngestionCount(RecordKind.Relationship, "INVESTED_IN", 1, 0, 0, 0));
        report.Counts.Should().ContainEquivalentOf(new IngestionCount(RecordKind.Source, IngestionCount.SourceType, 1, 0, 0, 0));
    }

    [Fact]
    public async Task A_second_run_over_the_same_files_changes_nothing_and_writes_nothing()
    {
        using var seed = SeedFolder.WithSampleFacts();
        var store = new RecordingGraphStore();
        var pipeline = Pipelines.Over(store);
        await pipeline.IngestAsync(seed.Path, None);

        var report = await pipeline.IngestAsync(seed.Path, None);

        report.Outcome.Should().Be(IngestionOutcome.Unchanged);
        store.Applied.Should().ContainSingle("only the first run wrote");
        report.Counts.Should().OnlyContain(c => c.Added == 0 && c.Updated == 0 && c.Retracted == 0 && c.Unchanged > 0);
        report.Counts.Sum(c => c.Unchanged).Should().Be(1 + 5 + 3);
    }

    [Fact]
    public async Task A_run_over_files_whose_content_hash_the_store_holds_reads_no_graph()
    {
        using var seed = SeedFolder.WithSampleFacts();
        var store = new RecordingGraphStore();
        var pipeline = Pipelines.Over(store);
        await pipeline.IngestAsync(seed.Path, None);

        var report = await pipeline.IngestAsync(seed.Path, None);

        store.SnapshotReads.Should().Be(1, "only the first run read the graph");
        report.Outcome.Should().Be(IngestionOutcome.Unchanged);
        report.FilesRead.Should().Be(2);
        report.Total(RecordKind.Entity).Should().Be(new IngestionCount(RecordKind.Entity, "ALL", 0, 0, 0, Unchanged: 5));
        report.Counts.Should().ContainEquivalentOf(new IngestionCount(RecordKind.Relationship, "INVESTED_IN", 0, 0, 0, 1));
    }

    [Fact]
    public async Task An_edit_that_changes_no_fact_records_the_new_content_hash_and_writes_no_record()
    {
        using var seed = SeedFolder.WithSampleFacts();
        var store = new RecordingGraphStore();
        var pipeline = Pipelines.Over(store);
        await pipeline.IngestAsync(seed.Path, None);
        seed.Write("articles/001.yaml", seed.Read("articles/001.yaml") + "# checked against the printed page\n");

        var edited = await pipeline.IngestAsync(seed.Path, None);
        var again = await pipeline.IngestAsync(seed.Path, None);

        edited.Outcome.Should().Be(IngestionOutcome.Unchanged);
        store.Applied.Should().HaveCount(2);
        store.Applied[1].IsEmpty.Should().BeTrue();
        store.Applied[1].FactsContentHash.Should().NotBe(store.Applied[0].FactsContentHash);
        again.Outcome.Should().Be(IngestionOutcome.Unchanged);
        store.SnapshotReads.Should().Be(2, "the third run found the edited files' hash");
    }

    [Fact]
    public async Task A_renamed_fact_file_is_read_again_in_full()
    {
        using var seed = SeedFolder.WithSampleFacts();
        var store = new RecordingGraphStore();
        var pipeline = Pipelines.Over(store);
        await pipeline.IngestAsync(seed.Path, None);
        File.Move(Path.Combine(seed.Path, "articles/001.yaml"), Path.Combine(seed.Path, "articles/002.yaml"));

        var report = await pipeline.IngestAsync(seed.Path, None);

        store.SnapshotReads.Should().Be(2);
        report.Outcome.Should().Be(IngestionOutcome.Unchanged);
        store.Applied.Should().HaveCount(2);
    }

    [Fact]
    public async Task An_edited_quote_updates_that_relationship_alone()
    {
        using var seed = SeedFolder.WithSampleFacts();
        var store = new RecordingGraphStore();
        var pipeline = Pipelines.Over(store);
        await pipeline.IngestAsync(seed.Path, None);
        seed.Edit("articles/001.yaml", "quote: 常州武进", "quote: 常州市武进区");

        var report = await pipeline.IngestAsync(seed.Path, None);

        report.Outcome.Should().Be(IngestionOutcome.Applied);
        report.Counts.Should().ContainEquivalentOf(new IngestionCount(RecordKind.Relationship, "PART_OF", 0, Updated: 1, 0, 0));
        report.Total(RecordKind.Relationship).Unchanged.Should().Be(2);
        var written = store.Applied[^1];
        written.UpsertRelationships.Should().ContainSingle().Which.Evidence.Should().Equal(new Evidence("source:001", "常州市武进区"));
        written.UpsertEntities.Should().BeEmpty();
        written.UpsertSources.Should().BeEmpty();
        (await store.SnapshotAsync()).Relationships.Single(r => r.Type == "PART_OF").Evidence[0].Quote.Should().Be("常州市武进区");
    }

    [Fact]
    public async Task An_entity_removed_with_its_relationships_is_retracted()
    {
        using var seed = SeedFolder.WithSampleFacts();
        var store = new RecordingGraphStore();
        var pipeline = Pipelines.Over(store);
        await pipeline.IngestAsync(seed.Path, None);
        seed.Write("articles/001.yaml", """
            entities:
              - { id: org:china-resources, type: COMPANY, name: 华润集团 }
            relationships:
              - type: HOLDS_POSITION
                from: person:chen-jinhu
                to: 常州
                role: 市委书记
                evidence:
                  - { source: source:001, quote: 市委书记陈金虎率常州经贸代表团赴深圳 }
              - type: PART_OF
                from: 武进
                to: 常州
                evidence:
                  - { source: source:001, quote: 常州武进 }
            """);

        var report = await pipeline.IngestAsync(seed.Path, None);

        report.Counts.Should().ContainEquivalentOf(new IngestionCount(RecordKind.Entity, "PROJECT", 0, 0, Retracted: 1, 0));
        report.Counts.Should().ContainEquivalentOf(new IngestionCount(RecordKind.Relationship, "INVESTED_IN", 0, 0, Retracted: 1, 0));
        store.Applied[^1].DeleteEntityIds.Should().Equal("project:changzhou-mixc");
        var snapshot = await store.SnapshotAsync();
        snapshot.Entities.Should().NotContain(e => e.Id == "project:changzhou-mixc");
        snapshot.Relationships.Should().NotContain(r => r.Type == "INVESTED_IN");
    }

    [Fact]
    public async Task A_bad_file_writes_nothing_and_leaves_the_store_as_it_was()
    {
        using var seed = SeedFolder.WithSampleFacts();
        var store = new RecordingGraphStore();
        var pipeline = Pipelines.Over(store);
        await pipeline.IngestAsync(seed.Path, None);
        var before = await store.SnapshotAsync();
        seed.Edit("articles/001.yaml", "quote: 常州武进", "qoute: 常州武进");
        seed.Write("articles/002.yaml", "entities:\n  - { id: org:new, type: COMPANY, name: 新公司 }\n");

        var report = await pipeline.IngestAsync(seed.Path, None);

        report.Outcome.Should().Be(IngestionOutcome.Invalid);
        report.Errors.Select(e => e.Code).Should().Equal("missing-field", "unknown-key");
        report.Errors[0].File.Should().Be($"{seed.Path}/articles/001.yaml");
        report.Counts.Should().BeEmpty();
        store.Applied.Should().ContainSingle("the bad run wrote nothing");
        (await store.SnapshotAsync()).Should().BeEquivalentTo(before, o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task A_store_failure_is_reported_and_nothing_is_written()
    {
        using var seed = SeedFolder.WithSampleFacts();
        var store = new RecordingGraphStore { FailApplyWith = new GraphStoreException("database is locked", isTransient: true) };

        var report = await Pipelines.Over(store).IngestAsync(seed.Path, None);

        report.Outcome.Should().Be(IngestionOutcome.Failed);
        report.Failure.Should().Be("the store failed, and nothing was written: database is locked. It may succeed if run again.");
        report.Counts.Should().BeEmpty();
        (await store.SnapshotAsync()).Should().Be(GraphSnapshot.Empty);
    }

    [Fact]
    public async Task A_missing_folder_is_a_failure_that_writes_nothing()
    {
        var store = new RecordingGraphStore();

        var report = await Pipelines.Over(store).IngestAsync("no/such/folder", None);

        report.Outcome.Should().Be(IngestionOutcome.Failed);
        report.Failure.Should().Be("the folder 'no/such/folder' does not exist");
        store.Applied.Should().BeEmpty();
    }

    [Fact]
    public async Task An_empty_folder_over_an_empty_store_is_unchanged_and_only_its_content_hash_is_recorded()
    {
        using var seed = new SeedFolder();
        var store = new RecordingGraphStore();

        var report = await Pipelines.Over(store).IngestAsync(seed.Path, None);

        report.Outcome.Should().Be(IngestionOutcome.Unchanged);
        report.FilesRead.Should().Be(0);
        store.Applied.Should().ContainSingle().Which.Should().Match<GraphChangeSet>(c => c.IsEmpty && c.FactsContentHash != null);
    }

    [Fact]
    public async Task Files_below_the_folder_are_read_recursively_in_ordinal_order_and_other_files_are_ignored()
    {
        using var seed = SeedFolder.WithSampleFacts();
        seed.Write("README.md", "not facts");
        seed.Write(".draft.yaml", "not: [valid");
        seed.Write("b/nested.yaml", "entities:\n  - { id: place:wujin, type: DISTRICT, name: 武进区, aliases: [武进] }\n");

        var report = await Pipelines.Over(new RecordingGraphStore()).IngestAsync(seed.Path, None);

        report.FilesRead.Should().Be(3);
        var error = report.Errors.Should().ContainSingle().Subject;
        error.File.Should().Be($"{seed.Path}/common.yaml", "'b/nested.yaml' sorts before 'common.yaml', so the later declaration is in common.yaml");
        error.Message.Should().Contain($"here and at {seed.Path}/b/nested.yaml:2:11");
    }

    [Fact]
    public async Task A_store_that_returns_aliases_and_evidence_in_another_order_still_counts_as_unchanged()
    {
        using var seed = SeedFolder.WithSampleFacts();
        seed.Edit("common.yaml", "aliases: [常州]", "aliases: [常州, 龙城]");
        var store = new RecordingGraphStore();
        var pipeline = Pipelines.Over(store);
        await pipeline.IngestAsync(seed.Path, None);
        var stored = await store.SnapshotAsync();
        var changzhou = stored.Entities.Single(e => e.Id == "place:changzhou");
        await store.ApplyAsync(new GraphChangeSet { UpsertEntities = [changzhou with { Aliases = [.. changzhou.Aliases.Reverse()] }] }, None);

        var report = await pipeline.IngestAsync(seed.Path, None);

        report.Outcome.Should().Be(IngestionOutcome.Unchanged);
    }
}
