using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Testing;

public abstract partial class GraphStoreConformanceTests
{
    [Fact]
    public async Task A_fresh_store_names_no_content_hash_of_fact_files()
    {
        var store = await EmptyStoreAsync();

        (await store.ReadFactsContentHashAsync(Ct)).Should().BeNull();
    }

    [Fact]
    public async Task Each_change_set_replaces_the_content_hash_with_its_own()
    {
        var store = await EmptyStoreAsync();

        await store.ApplyAsync(SampleGraph.AsChangeSet() with { FactsContentHash = "sha256:first" }, Ct);
        var afterFirst = await store.ReadFactsContentHashAsync(Ct);
        await store.ApplyAsync(new GraphChangeSet { DeleteRelationshipIds = ["rel:aac-invests"], FactsContentHash = "sha256:second" }, Ct);
        var afterSecond = await store.ReadFactsContentHashAsync(Ct);
        await store.ApplyAsync(new GraphChangeSet { DeleteRelationshipIds = ["rel:chen-meets-zuo"] }, Ct);

        afterFirst.Should().Be("sha256:first");
        afterSecond.Should().Be("sha256:second");
        (await store.ReadFactsContentHashAsync(Ct)).Should().BeNull("a change set that names no state of the files matches none");
    }

    [Fact]
    public async Task A_change_set_of_nothing_but_a_content_hash_records_it_and_leaves_the_graph_as_it_was()
    {
        var store = await SampleStoreAsync();
        var before = await store.ReadSnapshotAsync(Ct);

        await store.ApplyAsync(new GraphChangeSet { FactsContentHash = "sha256:comments-only" }, Ct);

        (await store.ReadFactsContentHashAsync(Ct)).Should().Be("sha256:comments-only");
        ShouldBeSame(await store.ReadSnapshotAsync(Ct), before);
    }

    [Fact]
    public async Task A_refused_change_set_leaves_the_content_hash_it_found()
    {
        var store = await EmptyStoreAsync();
        await store.ApplyAsync(TwoCompanies() with { FactsContentHash = "sha256:kept" }, Ct);

        var dangling = () => store.ApplyAsync(
            new GraphChangeSet { UpsertRelationships = [Cooperation("rel:x", "org:a", "org:missing", new Evidence("source:one", "合作"))], FactsContentHash = "sha256:refused" }, Ct);

        await dangling.Should().ThrowAsync<GraphStoreException>();
        (await store.ReadFactsContentHashAsync(Ct)).Should().Be("sha256:kept");
    }
}
