using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Ingestion.Tests.Support;
using Mono.Unix.Native;

namespace KnowledgeGraph.Ingestion.Tests;

public sealed class FactFolderTests
{
    /// <summary>Bounds a read that would otherwise block for ever, so a regression fails instead of hanging the run.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    private static readonly FactFolder Folder = new(new FactReader(), new FactValidator(GraphSchema.Default));

    [Fact]
    public async Task A_fifo_named_like_a_fact_file_is_passed_over_instead_of_blocking_the_read()
    {
        using var seed = SeedFolder.WithSampleFacts();
        var fifo = Path.Join(seed.Path, "articles", "pipe.yaml");
        Syscall.mkfifo(fifo, FilePermissions.DEFFILEMODE).Should().Be(0, "the test needs a real FIFO");

        var content = await Task.Run(() => Folder.Load(seed.Path, CancellationToken.None), TestContext.Current.CancellationToken).WaitAsync(HangGuard, TestContext.Current.CancellationToken);

        content.FileCount.Should().Be(2);
        content.Validation!.IsValid.Should().BeTrue();
    }

    [Fact]
    public async Task A_symbolic_link_to_a_fact_file_is_read_as_that_file()
    {
        using var seed = SeedFolder.WithSampleFacts();
        using var elsewhere = new SeedFolder();
        File.Move(Path.Join(seed.Path, "articles", "001.yaml"), Path.Join(elsewhere.Path, "001.yaml"));
        File.CreateSymbolicLink(Path.Join(seed.Path, "articles", "001.yaml"), Path.Join(elsewhere.Path, "001.yaml"));

        var content = await Task.Run(() => Folder.Load(seed.Path, CancellationToken.None), TestContext.Current.CancellationToken).WaitAsync(HangGuard, TestContext.Current.CancellationToken);

        content.FileCount.Should().Be(2);
        content.Validation!.Facts.Relationships.Should().HaveCount(3);
    }

    [Fact]
    public void A_dangling_link_is_no_fact_file()
    {
        using var seed = SeedFolder.WithSampleFacts();
        File.CreateSymbolicLink(Path.Join(seed.Path, "gone.yaml"), Path.Join(seed.Path, "nowhere.yaml"));

        Folder.Load(seed.Path, CancellationToken.None).FileCount.Should().Be(2);
    }
}
