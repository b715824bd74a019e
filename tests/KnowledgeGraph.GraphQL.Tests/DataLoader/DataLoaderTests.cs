using KnowledgeGraph.GraphQL.DataLoader;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Tests.DataLoader;

public sealed class DataLoaderTests
{
    private const string Sdl = """
        type Query { items(count: Int!): [Item!]! }
        type Item { id: Int! owner: Person }
        type Person { id: Int! name: String company: Company }
        type Company { id: Int! name: String }
        """;

    [Fact]
    public async Task A_list_of_50_items_each_loading_its_child_costs_one_batch_call_per_level()
    {
        var store = new CountingStore();
        var schema = BuildSchema(store);

        var result = await ExecuteAsync(schema, "{ items(count: 50) { id owner { name company { name } } } }");

        result.Errors.Should().BeEmpty();
        store.Calls.Should().Equal(
            "people: " + string.Join(",", Enumerable.Range(0, 50)),
            "companies: 0,1,2");
        var items = (IReadOnlyList<object?>)result.Data!["items"]!;
        items.Should().HaveCount(50);
        Owner(items[13])["name"].Should().Be("person 13");
        ((IReadOnlyDictionary<string, object?>)Owner(items[13])["company"]!)["name"].Should().Be("company 1");
    }

    [Fact]
    public async Task A_key_asked_for_by_many_fields_is_loaded_once_per_request()
    {
        var store = new CountingStore();
        var schema = BuildSchema(store);

        await ExecuteAsync(schema, "{ a: items(count: 3) { owner { name } } b: items(count: 3) { owner { id } } }");

        store.Calls.Should().Equal("people: 0,1,2");
    }

    [Fact]
    public async Task Each_request_has_its_own_loaders_and_cache()
    {
        var store = new CountingStore();
        var schema = BuildSchema(store);

        await ExecuteAsync(schema, "{ items(count: 2) { owner { name } } }");
        await ExecuteAsync(schema, "{ items(count: 2) { owner { name } } }");

        store.Calls.Should().Equal("people: 0,1", "people: 0,1");
    }

    [Fact]
    public async Task A_batch_function_that_completes_later_still_gets_one_call_per_level()
    {
        var store = new CountingStore { YieldBeforeAnswering = true };
        var schema = BuildSchema(store);

        var result = await ExecuteAsync(schema, "{ items(count: 20) { owner { company { name } } } }");

        result.Errors.Should().BeEmpty();
        store.Calls.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_key_missing_from_the_batch_result_loads_as_null()
    {
        var store = new CountingStore { MissingPersonIds = [1] };
        var schema = BuildSchema(store);

        var result = await ExecuteAsync(schema, "{ items(count: 2) { owner { id } } }");

        ResponseWriter.ToJson(result).Should().Be("""{"data":{"items":[{"owner":{"id":0}},{"owner":null}]}}""");
    }

    [Fact]
    public async Task A_failing_batch_fails_every_field_that_waited_on_it_with_its_own_path()
    {
        var store = new CountingStore { FailPeople = true };
        var schema = BuildSchema(store);

        var result = await ExecuteAsync(schema, "{ items(count: 2) { owner { id } } }");

        result.Errors.Select(error => (error.Message, string.Join(".", error.Path!))).Should().Equal(
            ("people are unavailable", "items.0.owner"),
            ("people are unavailable", "items.1.owner"));
        ResponseWriter.ToJson(result with { }).Should().Contain("""{"items":[{"owner":null},{"owner":null}]}""");
    }

    [Fact]
    public async Task Keys_beyond_the_maximum_batch_size_are_split_into_several_calls()
    {
        var store = new CountingStore { MaxBatchSize = 4 };
        var schema = BuildSchema(store);

        await ExecuteAsync(schema, "{ items(count: 10) { owner { id } } }");

        store.Calls.Should().Equal("people: 0,1,2,3", "people: 4,5,6,7", "people: 8,9");
    }

    [Fact]
    public async Task Asking_for_one_loader_name_with_other_types_is_a_field_error()
    {
        var schema = new SchemaBuilder()
            .AddSdl("type Query { a: String b: String }")
            .Resolve("Query", "a", async context => await context.GetDataLoader<int, string>("shared", Answer).LoadAsync(1))
            .Resolve("Query", "b", async context => await context.GetDataLoader<string, string>("shared", Answer).LoadAsync("1"))
            .Build();

        var result = await Executor.ExecuteAsync(
            new ExecutionArgs(schema, Parser.Parse("{ a b }")) { Options = new ExecutionOptions { ExposeExceptionMessages = true } },
            TestContext.Current.CancellationToken);

        result.Errors.Should().ContainSingle().Which.Message.Should().Be(
            "The data loader \"shared\" of this request loads String by Int32, not String by String; give each loader its own name.");
    }

    [Fact]
    public async Task Cancelling_the_request_while_a_batch_runs_cancels_the_execution()
    {
        using var cancellation = new CancellationTokenSource();
        var schema = new SchemaBuilder()
            .AddSdl("type Query { a: String }")
            .Resolve("Query", "a", async context => await context.GetDataLoader<int, string>("slow", async (keys, token) =>
            {
                await cancellation.CancelAsync();
                token.ThrowIfCancellationRequested();
                return await Answer(keys, token);
            }).LoadAsync(1))
            .Build();

        var act = () => Executor.ExecuteAsync(new ExecutionArgs(schema, Parser.Parse("{ a }")), cancellation.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    private static Task<IReadOnlyDictionary<TKey, string>> Answer<TKey>(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
        where TKey : notnull =>
        Task.FromResult<IReadOnlyDictionary<TKey, string>>(keys.ToDictionary(key => key, key => $"value {key}"));

    private static IReadOnlyDictionary<string, object?> Owner(object? item) =>
        (IReadOnlyDictionary<string, object?>)((IReadOnlyDictionary<string, object?>)item!)["owner"]!;

    private static Task<ExecutionResult> ExecuteAsync(GraphQLSchema schema, string query) =>
        Executor.ExecuteAsync(new ExecutionArgs(schema, Parser.Parse(query)), TestContext.Current.CancellationToken);

    /// <summary>Item i is owned by person i; person p works at company p % 3.</summary>
    private static GraphQLSchema BuildSchema(CountingStore store) => new SchemaBuilder()
        .AddSdl(Sdl)
        .Resolve("Query", "items", context => Enumerable.Range(0, context.Argument<int>("count")).Select(id => new Item(id, id)).ToList())
        .Resolve("Item", "id", context => context.SourceAs<Item>().Id)
        .Resolve("Item", "owner", async context => await context
            .GetDataLoader<int, Person>("personById", store.LoadPeopleAsync, new DataLoaderOptions { MaxBatchSize = store.MaxBatchSize })
            .LoadAsync(context.SourceAs<Item>().OwnerId))
        .Resolve("Person", "id", context => context.SourceAs<Person>().Id)
        .Resolve("Person", "name", context => context.SourceAs<Person>().Name)
        .Resolve("Person", "company", async context => await context
            .GetDataLoader<int, Company>("companyById", store.LoadCompaniesAsync)
            .LoadAsync(context.SourceAs<Person>().CompanyId))
        .Resolve("Company", "id", context => context.SourceAs<Company>().Id)
        .Resolve("Company", "name", context => context.SourceAs<Company>().Name)
        .Build();

    private sealed record Item(int Id, int OwnerId);

    private sealed record Person(int Id, string Name, int CompanyId);

    private sealed record Company(int Id, string Name);

    /// <summary>A store that records each batch call as "what: keys".</summary>
    private sealed class CountingStore
    {
        private readonly List<string> _calls = [];

        public IReadOnlyList<string> Calls
        {
            get
            {
                lock (_calls)
                {
                    return _calls.ToList();
                }
            }
        }

        public bool YieldBeforeAnswering { get; init; }

        public bool FailPeople { get; init; }

        public int MaxBatchSize { get; init; } = 1_000;

        public int[] MissingPersonIds { get; init; } = [];

        public async Task<IReadOnlyDictionary<int, Person>> LoadPeopleAsync(IReadOnlyList<int> ids, CancellationToken cancellationToken)
        {
            await RecordAsync("people", ids, cancellationToken);
            return FailPeople
                ? throw new GraphQLException("people are unavailable")
                : ids.Except(MissingPersonIds).ToDictionary(id => id, id => new Person(id, $"person {id}", id % 3));
        }

        public async Task<IReadOnlyDictionary<int, Company>> LoadCompaniesAsync(IReadOnlyList<int> ids, CancellationToken cancellationToken)
        {
            await RecordAsync("companies", ids, cancellationToken);
            return ids.ToDictionary(id => id, id => new Company(id, $"company {id}"));
        }

        private async Task RecordAsync(string what, IReadOnlyList<int> ids, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            lock (_calls)
            {
                _calls.Add($"{what}: {string.Join(",", ids)}");
            }

            if (YieldBeforeAnswering)
            {
                await Task.Yield();
            }
        }
    }
}
