using KnowledgeGraph.Core.Queries;

namespace KnowledgeGraph.Core.Tests.Queries;

public sealed class PathsTests
{
    [Fact]
    public async Task The_shortest_path_comes_first_then_longer_ones_up_to_the_bound()
    {
        var service = await TestGraph.SampleAsync();

        var paths = await service.PathsAsync("陈金虎", "左丁", cancellationToken: TestContext.Current.CancellationToken);

        paths.Select(Ids).Should().Equal("rel:chen-meets-zuo", "rel:chen-leads-trip>rel:trip-visits-lab>rel:zuo-director");
        paths[1].Nodes.Select(n => n.Id).Should().Equal("person:chen-jinhu", "event:2024-shenzhen-trip", "org:shenzhen-lab", "person:zuo-ding");
        paths.Select(p => p.Length).Should().Equal(1, 3);
    }

    [Fact]
    public async Task Types_restrict_the_relationships_walked_along()
    {
        var service = await TestGraph.SampleAsync();

        var paths = await service.PathsAsync("陈金虎", "左丁", types: ["LED_DELEGATION", "VISITED", "HOLDS_POSITION"],
            cancellationToken: TestContext.Current.CancellationToken);

        paths.Select(Ids).Should().Equal("rel:chen-leads-trip>rel:trip-visits-lab>rel:zuo-director");
    }

    [Fact]
    public async Task Paths_of_one_length_are_ordered_by_their_relationship_ids_and_cut_at_first()
    {
        var graph = Shapes();
        var cancel = TestContext.Current.CancellationToken;

        var all = await (await graph.ServiceAsync()).PathsAsync("org:a", "org:d", cancellationToken: cancel);
        var two = await (await graph.ServiceAsync()).PathsAsync("org:a", "org:d", first: 2, cancellationToken: cancel);

        all.Select(Ids).Should().Equal(
            "rel:0>rel:z", "rel:a>rel:b", "rel:c>rel:b", "rel:0>rel:y>rel:x>rel:b", "rel:a>rel:x>rel:y>rel:z");
        two.Select(Ids).Should().Equal("rel:0>rel:z", "rel:a>rel:b");
    }

    [Fact]
    public async Task A_path_never_visits_an_entity_twice()
    {
        var service = await Shapes().ServiceAsync();

        var paths = await service.PathsAsync("org:a", "org:b", maxHops: 8, first: 50, cancellationToken: TestContext.Current.CancellationToken);

        paths.Select(Ids).Should().Equal("rel:a", "rel:c", "rel:0>rel:y>rel:x", "rel:0>rel:z>rel:b");
        paths.Should().OnlyContain(p => p.Nodes.Select(n => n.Id).Distinct().Count() == p.Nodes.Count);
    }

    [Theory]
    [InlineData(3, 0)]
    [InlineData(4, 1)]
    public async Task Max_hops_cuts_off_longer_paths(int maxHops, int expected)
    {
        var service = await Chain(5).ServiceAsync();

        var paths = await service.PathsAsync("org:n0", "org:n4", maxHops, cancellationToken: TestContext.Current.CancellationToken);

        paths.Should().HaveCount(expected);
    }

    [Fact]
    public async Task Entities_with_no_path_between_them_have_none()
    {
        var service = await Chain(3).Entity("org:alone", "COMPANY", "孤立").ServiceAsync();

        var paths = await service.PathsAsync("org:n0", "org:alone", maxHops: 8, cancellationToken: TestContext.Current.CancellationToken);

        paths.Should().BeEmpty();
    }

    [Fact]
    public async Task A_path_walks_relationships_against_their_direction_too()
    {
        var service = await TestGraph.SampleAsync();

        var paths = await service.PathsAsync("深圳湾实验室", "陈金虎", maxHops: 2, cancellationToken: TestContext.Current.CancellationToken);

        paths.Select(Ids).Should().Equal("rel:trip-visits-lab>rel:chen-leads-trip", "rel:zuo-director>rel:chen-meets-zuo");
        paths[0].Nodes.Select(n => n.Id).Should().Equal("org:shenzhen-lab", "event:2024-shenzhen-trip", "person:chen-jinhu");
    }

    [Fact]
    public async Task Store_calls_grow_with_the_distance_not_with_the_entities_walked_through()
    {
        var cancel = TestContext.Current.CancellationToken;
        var narrow = await PathCallsAsync(2, cancel);
        var wide = await PathCallsAsync(40, cancel);

        wide.Calls.Should().Be(narrow.Calls).And.Be(5, "two lookups by id, a layer from each end, one batch of entities");
        narrow.Paths.Should().HaveCount(2);
        wide.Paths.Should().HaveCount(2);
    }

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 120)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Paths_agree_with_a_naive_search_on_random_graphs(int seed)
    {
        var random = new Random(seed);
        var (graph, relationships, nodeCount) = RandomGraph(random);
        var service = await graph.ServiceAsync();
        var maxHops = random.Next(1, 6);
        var first = random.Next(1, 12);
        var target = $"org:n{random.Next(1, nodeCount)}";

        var paths = await service.PathsAsync("org:n0", target, maxHops, first: first, cancellationToken: TestContext.Current.CancellationToken);

        var expected = NaivePaths(relationships, "org:n0", target, maxHops).Take(first).ToList();
        paths.Select(Ids).Should().Equal(expected, $"seed {seed}, maxHops {maxHops}, first {first}");
        if (paths.Count > 0)
        {
            paths[0].Length.Should().Be(NaiveDistance(relationships, "org:n0", target), $"seed {seed}");
        }
    }

    [Theory]
    [InlineData(0, 5, "maxHops", "expected 1 to 8")]
    [InlineData(9, 5, "maxHops", "expected 1 to 8")]
    [InlineData(4, 0, "first", "expected 1 to 50")]
    [InlineData(4, 51, "first", "expected 1 to 50")]
    public async Task Bad_bounds_are_refused_with_what_is_allowed(int maxHops, int first, string argument, string message)
    {
        var service = await TestGraph.SampleAsync();

        var find = () => service.PathsAsync("陈金虎", "左丁", maxHops, first: first, cancellationToken: TestContext.Current.CancellationToken);

        var error = (await find.Should().ThrowAsync<QueryArgumentException>()).Which;
        error.ArgumentName.Should().Be(argument);
        error.Message.Should().Contain(message);
    }

    [Fact]
    public async Task Both_ends_naming_one_entity_is_an_argument_error()
    {
        var service = await TestGraph.SampleAsync();

        var find = () => service.PathsAsync("武进", "Wujin", cancellationToken: TestContext.Current.CancellationToken);

        var error = (await find.Should().ThrowAsync<QueryArgumentException>()).Which;
        error.ArgumentName.Should().Be("to");
        error.Message.Should().Contain("place:wujin").And.Contain("two different entities");
    }

    [Fact]
    public async Task An_unknown_relationship_type_is_an_argument_error()
    {
        var service = await TestGraph.SampleAsync();

        var find = () => service.PathsAsync("陈金虎", "左丁", types: ["FRIENDS"], cancellationToken: TestContext.Current.CancellationToken);

        (await find.Should().ThrowAsync<QueryArgumentException>()).Which.Message.Should().Contain("'FRIENDS'");
    }

    [Fact]
    public async Task An_end_that_names_nothing_is_an_error_naming_the_argument()
    {
        var service = await TestGraph.SampleAsync();

        var find = () => service.PathsAsync("陈金虎", "无名氏", cancellationToken: TestContext.Current.CancellationToken);

        (await find.Should().ThrowAsync<UnknownReferenceException>()).Which.ArgumentName.Should().Be("to");
    }

    private static string Ids(GraphPath path) => string.Join('>', path.Relationships.Select(r => r.Id));

    /// <summary>a–e–d (rel:0, rel:z), a–b–d twice over (rel:a or rel:c, then rel:b), and e–f–b (rel:y, rel:x).</summary>
    private static TestGraph Shapes()
    {
        var graph = new TestGraph();
        foreach (var name in new[] { "a", "b", "d", "e", "f" })
        {
            graph.Entity($"org:{name}", "COMPANY", name);
        }

        return graph
            .Rel("rel:a", "COOPERATES_WITH", "org:a", "org:b")
            .Rel("rel:c", "SIGNED", "org:b", "org:a")
            .Rel("rel:b", "COOPERATES_WITH", "org:b", "org:d")
            .Rel("rel:0", "COOPERATES_WITH", "org:e", "org:a")
            .Rel("rel:z", "INVESTED_IN", "org:e", "org:d")
            .Rel("rel:y", "COOPERATES_WITH", "org:e", "org:f")
            .Rel("rel:x", "COOPERATES_WITH", "org:f", "org:b");
    }

    private static TestGraph Chain(int length)
    {
        var graph = new TestGraph();
        for (var i = 0; i < length; i++)
        {
            graph.Entity($"org:n{i}", "COMPANY", $"节点{i}");
            if (i > 0)
            {
                graph.Rel($"rel:{i - 1}-{i}", "COOPERATES_WITH", $"org:n{i - 1}", $"org:n{i}");
            }
        }

        return graph;
    }

    /// <summary>Paths from a to b through <paramref name="width"/> middles, with leaves hanging off every entity.</summary>
    private static async Task<(IReadOnlyList<GraphPath> Paths, int Calls)> PathCallsAsync(int width, CancellationToken cancellationToken)
    {
        var graph = new TestGraph().Entity("org:a", "COMPANY", "甲").Entity("org:b", "COMPANY", "乙");
        for (var i = 0; i < width; i++)
        {
            graph.Entity($"org:m{i:00}", "COMPANY", $"中间{i}")
                .Entity($"org:leaf{i:00}", "COMPANY", $"叶{i}")
                .Rel($"rel:a-m{i:00}", "COOPERATES_WITH", "org:a", $"org:m{i:00}")
                .Rel($"rel:m{i:00}-b", "COOPERATES_WITH", $"org:m{i:00}", "org:b")
                .Rel($"rel:m{i:00}-leaf", "COOPERATES_WITH", $"org:m{i:00}", $"org:leaf{i:00}");
        }

        var store = await graph.StoreAsync();
        var callsBefore = store.ReadCalls;
        var paths = await TestGraph.Over(store).PathsAsync("org:a", "org:b", first: 2, cancellationToken: cancellationToken);
        return (paths, store.ReadCalls - callsBefore);
    }

    private static (TestGraph Graph, List<(string Id, string From, string To)> Relationships, int NodeCount) RandomGraph(Random random)
    {
        var nodeCount = random.Next(2, 10);
        var graph = new TestGraph();
        for (var i = 0; i < nodeCount; i++)
        {
            graph.Entity($"org:n{i}", "COMPANY", $"节点{i}");
        }

        var relationships = new List<(string Id, string From, string To)>();
        var edgeCount = random.Next(0, nodeCount * 2 + 1);
        for (var i = 0; i < edgeCount; i++)
        {
            var relationship = ($"rel:{random.Next(100, 1000)}-{i}", $"org:n{random.Next(nodeCount)}", $"org:n{random.Next(nodeCount)}");
            relationships.Add(relationship);
            graph.Rel(relationship.Item1, "COOPERATES_WITH", relationship.Item2, relationship.Item3);
        }

        return (graph, relationships, nodeCount);
    }

    /// <summary>Every simple path of at most <paramref name="maxHops"/>, by length then by relationship ids, found the slow way.</summary>
    private static IEnumerable<string> NaivePaths(List<(string Id, string From, string To)> relationships, string from, string to, int maxHops)
    {
        var found = new List<List<string>>();
        Walk(from, [from], []);
        return found
            .OrderBy(p => p.Count)
            .ThenBy(p => string.Join('\u0001', p), StringComparer.Ordinal)
            .Select(p => string.Join('>', p));

        void Walk(string node, HashSet<string> visited, List<string> path)
        {
            if (node == to)
            {
                found.Add([.. path]);
                return;
            }

            if (path.Count == maxHops)
            {
                return;
            }

            foreach (var (id, a, b) in relationships.Where(r => r.From != r.To && (r.From == node || r.To == node)))
            {
                var next = a == node ? b : a;
                if (visited.Add(next))
                {
                    path.Add(id);
                    Walk(next, visited, path);
                    path.RemoveAt(path.Count - 1);
                    visited.Remove(next);
                }
            }
        }
    }

    private static int NaiveDistance(List<(string Id, string From, string To)> relationships, string from, string to)
    {
        var distance = new Dictionary<string, int> { [from] = 0 };
        var queue = new Queue<string>([from]);
        while (queue.TryDequeue(out var node))
        {
            foreach (var (_, a, b) in relationships.Where(r => r.From == node || r.To == node))
            {
                var next = a == node ? b : a;
                if (distance.TryAdd(next, distance[node] + 1))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return distance[to];
    }
}
