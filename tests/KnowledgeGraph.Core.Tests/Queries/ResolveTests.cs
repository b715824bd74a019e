using KnowledgeGraph.Core.Queries;

namespace KnowledgeGraph.Core.Tests.Queries;

public sealed class ResolveTests
{
    [Theory]
    [InlineData("place:wujin")]
    [InlineData("武进区")]
    [InlineData("武进")]
    [InlineData("Wujin")]
    [InlineData("WUJIN")]
    [InlineData("  武进 ")]
    public async Task An_id_name_or_alias_resolves_to_its_entity(string reference)
    {
        var service = await TestGraph.SampleAsync();

        var entity = await service.ResolveAsync(reference, TestContext.Current.CancellationToken);

        entity!.Id.Should().Be("place:wujin");
    }

    [Theory]
    [InlineData("无锡")]
    [InlineData("place:wuxi")]
    public async Task A_reference_that_names_nothing_resolves_to_null(string reference)
    {
        var service = await TestGraph.SampleAsync();

        var entity = await service.ResolveAsync(reference, TestContext.Current.CancellationToken);

        entity.Should().BeNull();
    }

    [Fact]
    public async Task An_id_wins_over_a_name_that_spells_the_same()
    {
        var service = await new TestGraph()
            .Entity("org:x", "COMPANY", "甲公司")
            .Entity("org:y", "COMPANY", "乙公司", "org:x")
            .ServiceAsync();

        var entity = await service.ResolveAsync("org:x", TestContext.Current.CancellationToken);

        entity!.Id.Should().Be("org:x");
    }

    [Fact]
    public async Task A_name_shared_by_several_entities_is_an_error_that_lists_their_ids()
    {
        var service = await new TestGraph()
            .Entity("org:aac", "COMPANY", "瑞声科技", "瑞声")
            .Entity("org:aac-optics", "COMPANY", "瑞声光电", "瑞声")
            .ServiceAsync();

        var resolve = () => service.ResolveAsync("瑞声", TestContext.Current.CancellationToken);

        var error = (await resolve.Should().ThrowAsync<AmbiguousReferenceException>()).Which;
        error.CandidateIds.Should().Equal("org:aac", "org:aac-optics");
        error.Message.Should().Contain("org:aac, org:aac-optics").And.Contain("'瑞声'");
    }

    [Fact]
    public async Task Requiring_a_reference_that_names_nothing_is_an_error_that_quotes_it()
    {
        var service = await TestGraph.SampleAsync();

        var require = () => service.RequireAsync(" 无锡 ", TestContext.Current.CancellationToken);

        var error = (await require.Should().ThrowAsync<UnknownReferenceException>()).Which;
        error.Reference.Should().Be("无锡");
        error.Message.Should().Contain("'无锡'");
    }

    [Fact]
    public async Task Requiring_a_known_reference_returns_its_entity()
    {
        var service = await TestGraph.SampleAsync();

        var entity = await service.RequireAsync("Chen Jinhu", TestContext.Current.CancellationToken);

        entity.Id.Should().Be("person:chen-jinhu");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public async Task An_empty_reference_is_an_argument_error(string? reference)
    {
        var service = await TestGraph.SampleAsync();

        var resolve = () => service.ResolveAsync(reference!, TestContext.Current.CancellationToken);

        var error = (await resolve.Should().ThrowAsync<QueryArgumentException>()).Which;
        error.ArgumentName.Should().Be("ref");
        error.Message.Should().Contain("empty");
    }
}
