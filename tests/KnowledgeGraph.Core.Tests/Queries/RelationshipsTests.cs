using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Core.Tests.Queries;

public sealed class RelationshipsTests
{
    private static readonly RelationshipFilter Secretaries = new() { Types = ["HOLDS_POSITION"], Role = "市委书记" };

    [Theory]
    [InlineData("2018", "2018", "rel:wang-secretary")]
    [InlineData("2024", "2024", "rel:chen-secretary")]
    [InlineData("2018", null, "rel:wang-secretary,rel:chen-secretary")]
    [InlineData(null, "2018-10", "")]
    [InlineData(null, null, "rel:wang-secretary,rel:chen-secretary")]
    public async Task Who_held_a_role_in_a_year_follows_the_publication_dates_of_the_evidence(string? from, string? to, string expected)
    {
        var service = await TestGraph.SampleAsync();
        var filter = Secretaries with { From = TestGraph.Date(from), To = TestGraph.Date(to) };

        var page = await service.RelationshipsAsync("常州", filter, cancellationToken: TestContext.Current.CancellationToken);

        page.Edges.Select(e => e.Node.Id).Should().Equal(expected.Split(',', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Relationships_come_in_time_order_with_the_publication_date_standing_in_for_a_missing_date()
    {
        var service = await TestGraph.SampleAsync();

        var page = await service.RelationshipsAsync("person:chen-jinhu", cancellationToken: TestContext.Current.CancellationToken);

        page.Edges.Select(e => e.Node.Id).Should().Equal("rel:chen-leads-trip", "rel:chen-meets-zuo", "rel:chen-secretary");
    }

    [Fact]
    public async Task Relationships_without_any_time_come_last_and_ties_go_by_id()
    {
        var service = await new TestGraph()
            .Source("source:undated", null)
            .Entity("org:a", "COMPANY", "甲")
            .Entity("org:b", "COMPANY", "乙")
            .Rel("rel:5-undated", "COOPERATES_WITH", "org:a", "org:b", sourceId: "source:undated")
            .Rel("rel:4-2024", "MET", "org:a", "org:b", r => r with { Date = PartialDate.Parse("2024") })
            .Rel("rel:3-2024-05", "MET", "org:a", "org:b", r => r with { Date = PartialDate.Parse("2024-05") })
            .Rel("rel:2-valid-2020", "COOPERATES_WITH", "org:b", "org:a", r => r with { ValidFrom = PartialDate.Parse("2020") })
            .Rel("rel:1-2024", "MET", "org:b", "org:a", r => r with { Date = PartialDate.Parse("2024") })
            .ServiceAsync();

        var page = await service.RelationshipsAsync("org:a", cancellationToken: TestContext.Current.CancellationToken);

        page.Edges.Select(e => e.Node.Id).Should().Equal("rel:2-valid-2020", "rel:1-2024", "rel:4-2024", "rel:3-2024-05", "rel:5-undated");
    }

    [Theory]
    [InlineData(Direction.In, "rel:trip-visits-lab,rel:zuo-director")]
    [InlineData(Direction.Out, "rel:lab-in-nanshan")]
    [InlineData(Direction.Both, "rel:lab-in-nanshan,rel:zuo-director,rel:trip-visits-lab")]
    public async Task Direction_keeps_relationships_that_start_or_end_at_the_entity(Direction direction, string expected)
    {
        var service = await TestGraph.SampleAsync();

        var page = await service.RelationshipsAsync("深圳湾实验室", new RelationshipFilter { Direction = direction },
            cancellationToken: TestContext.Current.CancellationToken);

        page.Edges.Select(e => e.Node.Id).Should().BeEquivalentTo(expected.Split(','));
    }

    [Fact]
    public async Task The_role_must_match_exactly()
    {
        var service = await TestGraph.SampleAsync();

        var page = await service.RelationshipsAsync("常州", new RelationshipFilter { Role = "书记" }, cancellationToken: TestContext.Current.CancellationToken);

        page.TotalCount.Should().Be(0);
    }

    [Fact]
    public async Task Pages_follow_one_another_through_their_end_cursors()
    {
        var service = await TestGraph.SampleAsync();
        var cancel = TestContext.Current.CancellationToken;

        var first = await service.RelationshipsAsync("person:chen-jinhu", first: 2, cancellationToken: cancel);
        var second = await service.RelationshipsAsync("person:chen-jinhu", first: 2, after: first.EndCursor, cancellationToken: cancel);

        first.Edges.Select(e => e.Node.Id).Should().Equal("rel:chen-leads-trip", "rel:chen-meets-zuo");
        first.HasNextPage.Should().BeTrue();
        first.TotalCount.Should().Be(3);
        first.EndCursor.Should().Be(first.Edges[^1].Cursor);
        second.Edges.Select(e => e.Node.Id).Should().Equal("rel:chen-secretary");
        second.HasNextPage.Should().BeFalse();
        second.TotalCount.Should().Be(3);
    }

    [Fact]
    public async Task Cursors_do_not_show_the_relationship_id()
    {
        var service = await TestGraph.SampleAsync();

        var page = await service.RelationshipsAsync("person:chen-jinhu", cancellationToken: TestContext.Current.CancellationToken);

        page.Edges.Should().OnlyContain(e => !e.Cursor.Contains(e.Node.Id, StringComparison.Ordinal));
        page.Edges.Select(e => e.Cursor).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task A_page_of_none_still_counts_and_has_no_end_cursor()
    {
        var service = await TestGraph.SampleAsync();

        var page = await service.RelationshipsAsync("person:chen-jinhu", first: 0, cancellationToken: TestContext.Current.CancellationToken);

        page.Edges.Should().BeEmpty();
        page.EndCursor.Should().BeNull();
        page.HasNextPage.Should().BeTrue();
        page.TotalCount.Should().Be(3);
    }

    [Fact]
    public async Task An_entity_at_hand_lists_its_relationships_without_being_resolved_again()
    {
        var store = await SampleGraph.InMemoryAsync();
        var service = TestGraph.Over(store);
        var entity = SampleGraph.Entities.Single(e => e.Id == "person:wang-quan");
        var callsBefore = store.ReadCalls;

        var page = await service.RelationshipsAsync(entity, cancellationToken: TestContext.Current.CancellationToken);

        page.Edges.Select(e => e.Node.Id).Should().Equal("rel:wang-secretary");
        (store.ReadCalls - callsBefore).Should().Be(2, "one call for the relationships, one for the publication dates of all of them");
    }

    [Fact]
    public async Task A_busy_entity_is_listed_in_three_store_calls_whatever_its_number_of_relationships()
    {
        var graph = new TestGraph().Entity("org:hub", "COMPANY", "枢纽");
        for (var i = 0; i < 40; i++)
        {
            graph.Source($"source:{i:00}", $"2020-01-{i % 28 + 1:00}")
                .Entity($"org:{i:00}", "COMPANY", $"公司{i}")
                .Rel($"rel:{i:00}", "COOPERATES_WITH", "org:hub", $"org:{i:00}", sourceId: $"source:{i:00}");
        }

        var store = await graph.StoreAsync();
        var service = TestGraph.Over(store);
        var callsBefore = store.ReadCalls;

        var page = await service.RelationshipsAsync("枢纽", new RelationshipFilter { From = PartialDate.Parse("2020-01-10") },
            cancellationToken: TestContext.Current.CancellationToken);

        page.TotalCount.Should().BeGreaterThan(20);
        (store.ReadCalls - callsBefore).Should().Be(3, "a name lookup, the relationships, the publication dates");
    }

    [Theory]
    [InlineData("bm9uc2Vuc2U!!")]
    [InlineData("not a cursor")]
    public async Task A_cursor_that_is_not_one_is_an_argument_error(string after)
    {
        var service = await TestGraph.SampleAsync();

        var list = () => service.RelationshipsAsync("person:chen-jinhu", after: after, cancellationToken: TestContext.Current.CancellationToken);

        (await list.Should().ThrowAsync<QueryArgumentException>()).Which.ArgumentName.Should().Be("after");
    }

    [Fact]
    public async Task A_cursor_of_another_list_is_an_argument_error()
    {
        var service = await TestGraph.SampleAsync();
        var cancel = TestContext.Current.CancellationToken;
        var other = await service.RelationshipsAsync("person:zuo-ding", new RelationshipFilter { Types = ["HOLDS_POSITION"] }, cancellationToken: cancel);

        var list = () => service.RelationshipsAsync("person:chen-jinhu", after: other.EndCursor, cancellationToken: cancel);

        (await list.Should().ThrowAsync<QueryArgumentException>())
            .Which.Message.Should().Contain("not a cursor of this list");
    }

    [Fact]
    public async Task Relationships_of_a_reference_that_names_nothing_is_an_error()
    {
        var service = await TestGraph.SampleAsync();

        var list = () => service.RelationshipsAsync("无锡", cancellationToken: TestContext.Current.CancellationToken);

        (await list.Should().ThrowAsync<UnknownReferenceException>()).Which.ArgumentName.Should().Be("ref");
    }

    public static TheoryData<RelationshipFilter, int, string, string> BadArguments => new()
    {
        { new RelationshipFilter(), -1, "first", "expected 0 to 1000" },
        { new RelationshipFilter(), 1001, "first", "expected 0 to 1000" },
        { new RelationshipFilter { Types = ["KNOWS"] }, 10, "types", "'KNOWS', which is no relationship type" },
        { new RelationshipFilter { Types = [] }, 10, "types", "empty list" },
        { new RelationshipFilter { Role = " " }, 10, "role", "empty" },
        { new RelationshipFilter { Direction = (Direction)7 }, 10, "direction", "expected Out, In or Both" },
        { new RelationshipFilter { From = PartialDate.Parse("2024"), To = PartialDate.Parse("2018") }, 10, "from", "after 'to'" },
    };

    [Theory]
    [MemberData(nameof(BadArguments))]
    public async Task Bad_arguments_are_refused_with_what_is_allowed(RelationshipFilter filter, int first, string argument, string message)
    {
        var service = await TestGraph.SampleAsync();

        var list = () => service.RelationshipsAsync("常州", filter, first, cancellationToken: TestContext.Current.CancellationToken);

        var error = (await list.Should().ThrowAsync<QueryArgumentException>()).Which;
        error.ArgumentName.Should().Be(argument);
        error.Message.Should().Contain(message);
    }
}
