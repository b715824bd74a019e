using KnowledgeGraph.Ingestion.Tests.Support;

namespace KnowledgeGraph.Ingestion.Tests.Cli;

/// <summary>
/// What the query verbs do with mistakes: a bad question exits with 1, a failing store or
/// configuration with 2, each with one clear message on the error stream, nothing on the
/// output and never a stack trace. Each test starts from a store that holds the sample facts.
/// </summary>
public sealed class QueryErrorTests : IAsyncLifetime
{
    private readonly SeedFolder _seed = SeedFolder.WithSampleFacts();
    private readonly TemporaryDatabase _database = new();
    private readonly CliRunner _kg = new();

    [Fact]
    public async Task An_unknown_reference_is_refused_with_the_entities_whose_names_contain_it()
    {
        var run = await AskAsync("show", "常");

        ExpectRefusal(run, 1, "kg show: <ref>: no entity has the id, name or alias '常'\n  did you mean: 常州市 (place:changzhou), 常州万象城 (project:changzhou-mixc)\n");
    }

    [Fact]
    public async Task An_ambiguous_reference_is_refused_with_the_ids_to_choose_from()
    {
        _seed.Write("articles/002.yaml", "entities:\n  - { id: person:chen-jinhu-namesake, type: PERSON, name: 陈金虎, distinctFrom: [person:chen-jinhu], note: a namesake }\n");
        await IngestAsync();

        var run = await AskAsync("paths", "陈金虎", "武进");

        ExpectRefusal(run, 1, "kg paths: <from>: '陈金虎' names 2 entities (person:chen-jinhu, person:chen-jinhu-namesake); use one of these ids instead\n");
    }

    [Theory]
    [InlineData(new[] { "partners", "常州", "武进", "--max-hops", "9" }, "kg partners: --max-hops is 9; expected 1 to 6")]
    [InlineData(new[] { "paths", "常州", "place:changzhou" }, "kg paths: <to> names place:changzhou, the entity 'from' names too; expected two different entities")]
    [InlineData(new[] { "subgraph", "常州", "--depth", "5" }, "kg subgraph: --depth is 5; expected 0 to 4")]
    [InlineData(new[] { "show", "常州", "--from", "2020", "--to", "2019" }, "kg show: --from is 2020, which is after 'to' (2019); expected from to be no later than to")]
    [InlineData(new[] { "show", "常州", "--after", "bogus" }, "kg show: --after 'bogus' is not a cursor of this list; expected the endCursor of a page of the same query")]
    [InlineData(new[] { "search", "·-" }, "kg search: <text> '·-' has nothing to search for once spaces and punctuation are dropped")]
    public async Task A_bad_argument_is_refused_in_the_terms_of_the_command_line(string[] args, string message)
    {
        var run = await AskAsync(args);

        ExpectRefusal(run, 1, message + "\n");
    }

    [Fact]
    public async Task An_unknown_type_is_refused_with_the_types_of_the_schema()
    {
        var run = await AskAsync("search", "常州", "--type", "township");

        run.ExitCode.Should().Be(1);
        run.Error.Should().StartWith("kg search: --type names 'TOWNSHIP', which is no entity type of the schema; expected one of ASSOCIATION, CITY,");
    }

    [Theory]
    [InlineData(new[] { "show", "常州", "--at", "2024-13" }, "--at: '2024-13' has month 13; expected 01 to 12")]
    [InlineData(new[] { "show", "常州", "--at", "2024", "--from", "2018" }, "--at stands for --from and --to together; give either --at or --from/--to")]
    [InlineData(new[] { "partners", "常州" }, "Required argument missing for command: 'partners'.")]
    public async Task A_malformed_command_line_is_refused_without_the_whole_help(string[] args, string message)
    {
        var run = await AskAsync(args);

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain(message).And.NotContain("Description:");
    }

    [Fact]
    public async Task An_unusable_store_configuration_stops_with_two()
    {
        var kg = new CliRunner(new Dictionary<string, string?> { ["KG_STORE"] = "neo4j" });

        var run = await kg.RunAsync("stats", "--seed", _seed.Path);

        ExpectRefusal(run, 2, "kg stats: KG_STORE is neo4j, but NEO4J_URI is not set; the Neo4j store needs the server's HTTP address, e.g. http://localhost:7474.\n");
    }

    [Theory]
    [InlineData(new string[0], "kg stats: the store failed:")]
    [InlineData(new[] { "--no-ingest" }, "kg stats: the store failed:")]
    public async Task A_failing_store_stops_with_two(string[] extra, string message)
    {
        using var broken = new TemporaryDatabase();
        Directory.CreateDirectory(Path.GetDirectoryName(broken.Path)!);
        await File.WriteAllTextAsync(broken.Path, "this is not a SQLite database", TestContext.Current.CancellationToken);

        var run = await _kg.RunAsync(["stats", "--db", broken.Path, "--seed", _seed.Path, .. extra]);

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith(message).And.Contain("is not a database").And.NotContain("   at ");
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public async Task A_bad_fact_file_stops_the_first_question_into_an_empty_store_with_its_errors()
    {
        using var empty = new TemporaryDatabase();
        _seed.Edit("articles/001.yaml", "date: 2024", "date: 2024-13");

        var run = await _kg.RunAsync("show", "常州", "--db", empty.Path, "--seed", _seed.Path);

        run.ExitCode.Should().Be(1);
        run.Output.Should().BeEmpty();
        run.Error.Should().StartWith($"{_seed.Path}/articles/001.yaml:19:11: 'date' is not a real date")
            .And.EndWith($"kg show: {_seed.Path} has 1 errors, so the store was left as it was; fix them, or answer from the store as it is with --no-ingest\n");
    }

    [Fact]
    public async Task A_question_into_an_empty_store_ingests_the_folder_first_and_says_so()
    {
        using var empty = new TemporaryDatabase();

        var run = await _kg.RunAsync("show", "武进", "--json", "--db", empty.Path, "--seed", _seed.Path);

        run.ExitCode.Should().Be(0);
        run.Error.Should().StartWith($"{_seed.Path}: ingested into the empty store first, 2 files (sources +");
        run.Output.Should().Contain("\"quote\": \"常州武进\"");
    }

    [Fact]
    public async Task A_missing_fact_folder_stops_with_two_and_says_how_to_go_on()
    {
        var missing = Path.Combine(_seed.Path, "missing");

        var run = await _kg.RunAsync("stats", "--db", _database.Path, "--seed", missing);

        ExpectRefusal(run, 2, $"kg stats: the fact folder '{missing}' does not exist; name it with --seed, or answer from the store as it is with --no-ingest\n");
    }

    [Fact]
    public async Task No_ingest_answers_from_the_store_as_it_is_without_reading_the_folder()
    {
        _seed.Edit("articles/001.yaml", "date: 2024", "date: 2024-13");

        var run = await _kg.RunAsync("show", "陈金虎", "--db", _database.Path, "--seed", _seed.Path, "--no-ingest");

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
        run.Output.Should().Contain("HOLDS_POSITION (1)");
    }

    [Fact]
    public async Task A_question_over_a_changed_seed_answers_from_the_store_as_it_is_and_says_how_to_bring_it_up_to_date()
    {
        var before = await _database.ReadSnapshotAsync();
        _seed.Edit("articles/001.yaml", "quote: 常州武进", "quote: 常州 武进");

        var run = await AskAsync("show", "武进", "--json");

        run.ExitCode.Should().Be(0);
        run.Error.Should().Be($"kg show: {_seed.Path} has changed since the store was last brought up to date with it; answering from the store as it is (kg ingest {_seed.Path} brings it up to date)\n");
        run.Output.Should().Contain("\"quote\": \"常州武进\"");
        (await _database.ReadSnapshotAsync()).Should().BeEquivalentTo(before);
    }

    [Fact]
    public async Task A_question_over_an_unchanged_seed_says_nothing_of_it()
    {
        var run = await AskAsync("show", "武进", "--json");

        run.ExitCode.Should().Be(0);
        run.Error.Should().BeEmpty();
    }

    public async ValueTask InitializeAsync() => await IngestAsync();

    public ValueTask DisposeAsync()
    {
        _seed.Dispose();
        _database.Dispose();
        return ValueTask.CompletedTask;
    }

    private static void ExpectRefusal(CliRun run, int exitCode, string error)
    {
        run.ExitCode.Should().Be(exitCode);
        run.Error.Should().Be(error);
        run.Output.Should().BeEmpty();
    }

    private async Task IngestAsync()
    {
        var run = await _kg.RunAsync("ingest", _seed.Path, "--db", _database.Path);
        run.ExitCode.Should().Be(0, run.Output);
    }

    private Task<CliRun> AskAsync(params string[] args) => _kg.RunAsync([.. args, "--db", _database.Path, "--seed", _seed.Path]);
}
