using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Testing;

public abstract partial class GraphStoreConformanceTests
{
    private static readonly TimeSpan ShortWait = TimeSpan.FromMilliseconds(100);

    [Fact]
    public async Task A_second_writer_waits_in_vain_while_the_lease_is_held_and_is_told_who_holds_it()
    {
        var store = await EmptyStoreAsync();
        await using var first = await store.AcquireWriterLeaseAsync("ingestion of folder v1", TimeSpan.Zero, Ct);

        var second = () => store.AcquireWriterLeaseAsync("ingestion of folder v2", ShortWait, Ct);

        var refusal = (await second.Should().ThrowAsync<GraphStoreException>()).Which;
        refusal.IsTransient.Should().BeFalse();
        refusal.Message.Should().Contain("another ingestion holds the writer lease").And.Contain("ingestion of folder v1");
    }

    [Fact]
    public async Task A_released_writer_lease_can_be_taken_again()
    {
        var store = await EmptyStoreAsync();
        var first = await store.AcquireWriterLeaseAsync("first", TimeSpan.Zero, Ct);
        await first.DisposeAsync();

        await using var second = await store.AcquireWriterLeaseAsync("second", TimeSpan.Zero, Ct);

        second.Should().NotBeNull();
    }

    [Fact]
    public async Task A_waiting_writer_gets_the_lease_as_soon_as_the_holder_gives_it_back()
    {
        var store = await EmptyStoreAsync();
        var first = await store.AcquireWriterLeaseAsync("first", TimeSpan.Zero, Ct);

        var waiting = store.AcquireWriterLeaseAsync("second", TimeSpan.FromSeconds(30), Ct);
        await first.DisposeAsync();

        await using var second = await waiting;
        second.Should().NotBeNull();
    }
}
