using KnowledgeGraph.Core.Queries;

namespace KnowledgeGraph.Core.Tests.Queries;

public sealed class SearchTests
{
    [Theory]
    [InlineData("wujin", "wujin", 1.0)]
    [InlineData("wu", "wujin", 0.72)]
    [InlineData("jin", "wujin", 0.38)]
    [InlineData("常州", "常州高新区", 0.72)]
    public void An_exact_key_scores_one_a_prefix_above_a_substring(string query, string matched, double expected) =>
        SearchRanking.Score(query, matched).Should().BeApproximately(expected, 1e-9);

    [Fact]
    public async Task Hits_come_best_first_each_entity_once_with_its_best_name()
    {
        var service = await TestGraph.SampleAsync();

        var hits = await service.SearchAsync("常州", cancellationToken: TestContext.Current.CancellationToken);

        hits.Select(h => (h.Entity.Id, h.Matched)).Should().Equal(
            ("place:changzhou", "常州"),
            ("park:changzhou-hi-tech", "常州高新区"),
            ("org:aac-optics", "瑞声光电科技（常州）有限公司"),
            ("event:2024-shenzhen-trip", "2024年常州经贸代表团赴深圳"));
        hits[0].Score.Should().Be(1.0);
        hits.Select(h => h.Score).Should().BeInDescendingOrder();
    }

    [Theory]
    [InlineData("chen jinhu")]
    [InlineData("CHEN-JINHU")]
    [InlineData("chenjinhu")]
    public async Task English_names_match_whatever_their_case_spaces_and_hyphens(string text)
    {
        var service = await TestGraph.SampleAsync();

        var hits = await service.SearchAsync(text, cancellationToken: TestContext.Current.CancellationToken);

        hits.Should().ContainSingle().Which.Should().Match<SearchHit>(h => h.Entity.Id == "person:chen-jinhu" && h.Score == 1.0 && h.Matched == "Chen Jinhu");
    }

    [Fact]
    public async Task Equal_scores_go_to_the_shorter_entity_name_then_the_id()
    {
        var service = await new TestGraph()
            .Entity("org:a", "COMPANY", "名字很长的公司", "科技一")
            .Entity("org:c", "COMPANY", "短名", "科技三")
            .Entity("org:b", "COMPANY", "短名", "科技二")
            .ServiceAsync();

        var hits = await service.SearchAsync("科技", cancellationToken: TestContext.Current.CancellationToken);

        hits.Select(h => h.Entity.Id).Should().Equal("org:b", "org:c", "org:a");
    }

    [Fact]
    public async Task Ranking_sees_more_candidates_than_it_returns()
    {
        var graph = new TestGraph();
        for (var i = 0; i < 30; i++)
        {
            graph.Entity($"org:a{i:00}", "COMPANY", $"{i:00}号光电");
        }

        var service = await graph.Entity("org:z", "COMPANY", "光电").ServiceAsync();

        var hits = await service.SearchAsync("光电", first: 1, cancellationToken: TestContext.Current.CancellationToken);

        hits.Should().ContainSingle().Which.Entity.Id.Should().Be("org:z");
    }

    [Fact]
    public async Task Types_restrict_the_hits()
    {
        var service = await TestGraph.SampleAsync();

        var hits = await service.SearchAsync("深圳", ["CITY", "DISTRICT"], cancellationToken: TestContext.Current.CancellationToken);

        hits.Select(h => h.Entity.Id).Should().Equal("place:shenzhen");
    }

    [Fact]
    public async Task First_bounds_the_number_of_hits()
    {
        var service = await TestGraph.SampleAsync();

        var hits = await service.SearchAsync("常州", first: 2, cancellationToken: TestContext.Current.CancellationToken);

        hits.Select(h => h.Entity.Id).Should().Equal("place:changzhou", "park:changzhou-hi-tech");
    }

    [Fact]
    public async Task Text_that_matches_nothing_finds_nothing()
    {
        var service = await TestGraph.SampleAsync();

        var hits = await service.SearchAsync("无锡", cancellationToken: TestContext.Current.CancellationToken);

        hits.Should().BeEmpty();
    }

    [Theory]
    [InlineData("", null, 20, "text", "empty")]
    [InlineData("  ", null, 20, "text", "empty")]
    [InlineData(" - ", null, 20, "text", "nothing to search for")]
    [InlineData("常州", null, 0, "first", "expected 1 to 100")]
    [InlineData("常州", null, 101, "first", "expected 1 to 100")]
    [InlineData("常州", "TOWNSHIP", 20, "types", "'TOWNSHIP', which is no entity type")]
    [InlineData("常州", "", 20, "types", "empty list")]
    public async Task Bad_arguments_are_refused_with_what_is_allowed(string text, string? type, int first, string argument, string message)
    {
        var service = await TestGraph.SampleAsync();
        IReadOnlyCollection<string>? types = type is null ? null : type.Length == 0 ? [] : [type];

        var search = () => service.SearchAsync(text, types, first, TestContext.Current.CancellationToken);

        var error = (await search.Should().ThrowAsync<QueryArgumentException>()).Which;
        error.ArgumentName.Should().Be(argument);
        error.Message.Should().Contain(message);
    }
}
