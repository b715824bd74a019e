using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;

namespace KnowledgeGraph.Core.Tests.Queries;

public sealed class SubgraphTests
{
    [Fact]
    public async Task One_step_out_keeps_the_relationships_touching_the_start_and_their_ends()
    {
        var service = await TestGraph.SampleAsync();

        var subgraph = await service.SubgraphAsync(["陈金虎"], cancellationToken: TestContext.Current.CancellationToken);

        subgraph.Relationships.Select(r => r.Id).Should().Equal("rel:chen-leads-trip", "rel:chen-meets-zuo", "rel:chen-secretary");
        subgraph.Nodes.Select(n => n.Id).Should().Equal("person:chen-jinhu", "event:2024-shenzhen-trip", "person:zuo-ding", "place:changzhou");
        subgraph.Truncated.Should().BeFalse();
    }

    [Fact]
    public async Task Depth_zero_keeps_only_the_starting_entities()
    {
        var service = await TestGraph.SampleAsync();

        var subgraph = await service.SubgraphAsync(["陈金虎", "左丁"], depth: 0, cancellationToken: TestContext.Current.CancellationToken);

        subgraph.Nodes.Select(n => n.Id).Should().Equal("person:chen-jinhu", "person:zuo-ding");
        subgraph.Relationships.Should().BeEmpty();
    }

    [Fact]
    public async Task Relationships_come_layer_by_layer_each_layer_in_id_order()
    {
        var service = await TestGraph.SampleAsync();

        var subgraph = await service.SubgraphAsync(["赛桥生物"], depth: 2, cancellationToken: TestContext.Current.CancellationToken);

        subgraph.Relationships.Select(r => r.Id).Should().Equal(
            "rel:saiqiao-focus", "rel:saiqiao-in-changzhou-park", "rel:trip-visits-saiqiao",
            "rel:changzhou-park-in-changzhou", "rel:chen-leads-trip", "rel:trip-visits-lab");
        subgraph.Nodes.Select(n => n.Id).Should().Equal(
            "org:saiqiao",
            "event:2024-shenzhen-trip", "industry:synthetic-biology", "park:changzhou-hi-tech",
            "org:shenzhen-lab", "person:chen-jinhu", "place:changzhou");
    }

    [Theory]
    [InlineData(2, true, "rel:chen-leads-trip,rel:chen-meets-zuo")]
    [InlineData(3, false, "rel:chen-leads-trip,rel:chen-meets-zuo,rel:chen-secretary")]
    public async Task The_limit_cuts_relationships_in_order_and_says_so(int limit, bool truncated, string expected)
    {
        var service = await TestGraph.SampleAsync();

        var subgraph = await service.SubgraphAsync(["陈金虎"], limit: limit, cancellationToken: TestContext.Current.CancellationToken);

        subgraph.Relationships.Select(r => r.Id).Should().Equal(expected.Split(','));
        subgraph.Truncated.Should().Be(truncated);
        subgraph.Nodes.Should().HaveCount(limit + 1, "only the ends of kept relationships are nodes");
    }

    [Fact]
    public async Task Only_relationships_that_hold_in_the_window_are_kept_and_followed()
    {
        var service = await TestGraph.SampleAsync();

        var subgraph = await service.SubgraphAsync(["常州"], depth: 2, from: PartialDate.Parse("2018"), to: PartialDate.Parse("2018"),
            cancellationToken: TestContext.Current.CancellationToken);

        subgraph.Relationships.Select(r => r.Id).Should().Equal("rel:wang-secretary");
        subgraph.Nodes.Select(n => n.Id).Should().Equal("place:changzhou", "person:wang-quan");
    }

    [Fact]
    public async Task Types_choose_the_relationships_followed()
    {
        var service = await TestGraph.SampleAsync();

        var subgraph = await service.SubgraphAsync(["深圳"], depth: 4, types: ["PART_OF", "LOCATED_IN"], cancellationToken: TestContext.Current.CancellationToken);

        subgraph.Nodes.Select(n => n.Id).Should().Equal(
            "place:shenzhen", "org:aac", "place:guangdong", "place:nanshan", "org:shenzhen-lab");
    }

    [Fact]
    public async Task A_starting_entity_named_twice_counts_once()
    {
        var service = await TestGraph.SampleAsync();

        var subgraph = await service.SubgraphAsync(["常州", "place:changzhou", "Changzhou"], depth: 0, cancellationToken: TestContext.Current.CancellationToken);

        subgraph.Nodes.Select(n => n.Id).Should().Equal("place:changzhou");
    }

    [Fact]
    public async Task Store_calls_grow_with_the_depth_not_with_the_entities_walked_through()
    {
        var cancel = TestContext.Current.CancellationToken;
        var narrow = await SubgraphCallsAsync(2, cancel);
        var wide = await SubgraphCallsAsync(60, cancel);

        wide.Calls.Should().Be(narrow.Calls).And.Be(3, "one lookup by id, the neighbourhood walked by the store in one call, one batch of entities");
        wide.Subgraph.Relationships.Should().HaveCount(60 * 3);
    }

    public static TheoryData<string[], int, int, string, string> BadArguments => new()
    {
        { [], 1, 1000, "refs", "lists 0 references; expected 1 to 100" },
        { [.. Enumerable.Repeat("常州", 101)], 1, 1000, "refs", "lists 101 references; expected 1 to 100" },
        { ["常州", " "], 1, 1000, "refs[1]", "empty" },
        { ["常州"], -1, 1000, "depth", "expected 0 to 4" },
        { ["常州"], 5, 1000, "depth", "expected 0 to 4" },
        { ["常州"], 1, 0, "limit", "expected 1 to 10000" },
        { ["常州"], 1, 10_001, "limit", "expected 1 to 10000" },
    };

    [Theory]
    [MemberData(nameof(BadArguments))]
    public async Task Bad_arguments_are_refused_with_what_is_allowed(string[] refs, int depth, int limit, string argument, string message)
    {
        var service = await TestGraph.SampleAsync();

        var build = () => service.SubgraphAsync(refs, depth, limit: limit, cancellationToken: TestContext.Current.CancellationToken);

        var error = (await build.Should().ThrowAsync<QueryArgumentException>()).Which;
        error.ArgumentName.Should().Be(argument);
        error.Message.Should().Contain(message);
    }

    [Fact]
    public async Task A_starting_reference_that_names_nothing_is_an_error_naming_its_place()
    {
        var service = await TestGraph.SampleAsync();

        var build = () => service.SubgraphAsync(["常州", "无锡"], cancellationToken: TestContext.Current.CancellationToken);

        var error = (await build.Should().ThrowAsync<UnknownReferenceException>()).Which;
        error.ArgumentName.Should().Be("refs[1]");
        error.Reference.Should().Be("无锡");
    }

    /// <summary>Three layers around a hub: <paramref name="width"/> spokes, each with a rim entity and a tip beyond it.</summary>
    private static async Task<(Subgraph Subgraph, int Calls)> SubgraphCallsAsync(int width, CancellationToken cancellationToken)
    {
        var graph = new TestGraph().Entity("org:hub", "COMPANY", "枢纽");
        for (var i = 0; i < width; i++)
        {
            graph.Entity($"org:spoke{i:00}", "COMPANY", $"辐{i}")
                .Entity($"org:rim{i:00}", "COMPANY", $"缘{i}")
                .Entity($"org:tip{i:00}", "COMPANY", $"尖{i}")
                .Rel($"rel:hub-spoke{i:00}", "COOPERATES_WITH", "org:hub", $"org:spoke{i:00}")
                .Rel($"rel:spoke-rim{i:00}", "COOPERATES_WITH", $"org:spoke{i:00}", $"org:rim{i:00}")
                .Rel($"rel:rim-tip{i:00}", "COOPERATES_WITH", $"org:rim{i:00}", $"org:tip{i:00}");
        }

        var store = await graph.StoreAsync();
        var callsBefore = store.ReadCalls;
        var subgraph = await TestGraph.Over(store).SubgraphAsync(["org:hub"], depth: 3, from: PartialDate.Parse("2024"), cancellationToken: cancellationToken);
        return (subgraph, store.ReadCalls - callsBefore);
    }
}
