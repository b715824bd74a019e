using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Ingestion.Cli;
using KnowledgeGraph.Ingestion.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace KnowledgeGraph.Ingestion.Tests.Cli;

public sealed class KgCliTests : IDisposable
{
    private readonly SeedFolder _seed = SeedFolder.WithSampleFacts();
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();
    private readonly RecordingGraphStore _store = new();
    private readonly List<string> _databasesOpened = [];

    [Fact]
    public async Task Validate_accepts_valid_files_and_says_what_they_hold()
    {
        var exitCode = await RunAsync("validate", _seed.Path);

        exitCode.Should().Be(0);
        _output.ToString().Should().Be(
            $"{_seed.Path}: 2 files valid: 1 sources, 5 entities, 3 relationships\n"
            + "quotes were not checked against their articles; name the articles' folder with --articles to check them\n");
    }

    [Fact]
    public async Task Validate_with_articles_checks_every_quote_against_its_article_and_says_how_many()
    {
        using var articles = ArticlesFolder.WithSampleArticle();
        NameArticle(ArticlesFolder.SampleFile);

        var exitCode = await RunAsync("validate", _seed.Path, "--articles", articles.Path);

        exitCode.Should().Be(0);
        _output.ToString().Should().EndWith($"3 quotes checked against their articles in {articles.Path}\n");
    }

    [Fact]
    public async Task Validate_with_articles_reports_a_paraphrased_quote_with_its_place_and_article()
    {
        using var articles = ArticlesFolder.WithSampleArticle();
        NameArticle(ArticlesFolder.SampleFile);
        _seed.Edit("articles/001.yaml", "总投资20亿元的常州万象城项目", "投资20亿元建设常州万象城");

        var exitCode = await RunAsync("validate", _seed.Path, "--articles", articles.Path);

        exitCode.Should().Be(1);
        _output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().StartWith(
            $"{_seed.Path}/articles/001.yaml:22:38: the quote 「投资20亿元建设常州万象城」 is not in {ArticlesFolder.SampleFile}, the article of source:001 in {articles.Path} "
            + "(compared with all whitespace removed); copy it verbatim from the article [quote-not-in-article]");
    }

    [Fact]
    public async Task Validate_with_articles_reports_a_source_whose_article_is_not_in_the_folder()
    {
        using var articles = ArticlesFolder.WithSampleArticle();
        NameArticle("002_missing.txt");

        var exitCode = await RunAsync("validate", _seed.Path, "--articles", articles.Path);

        exitCode.Should().Be(1);
        _output.ToString().Should().StartWith(
            $"{_seed.Path}/common.yaml:2:79: source:001 names the article '002_missing.txt', which is not in {articles.Path}; fix the name, or add the article there [missing-article]\n");
    }

    [Fact]
    public async Task Validate_with_articles_fails_when_the_articles_folder_does_not_exist()
    {
        var missing = Path.Combine(_seed.Path, "no-such-folder");

        var exitCode = await RunAsync("validate", _seed.Path, "--articles", missing);

        exitCode.Should().Be(2);
        _error.ToString().Should().Be($"kg validate: the articles folder '{missing}' does not exist\n");
    }

    [Fact]
    public async Task Validate_with_articles_reads_no_file_outside_the_folder_a_source_names_by_path()
    {
        using var articles = ArticlesFolder.WithSampleArticle();
        NameArticle($"../{Path.GetFileName(articles.Path)}/{ArticlesFolder.SampleFile}");

        var exitCode = await RunAsync("validate", _seed.Path, "--articles", articles.Path);

        exitCode.Should().Be(1);
        _output.ToString().Should().Contain("[invalid-article-file]");
    }

    [Fact]
    public async Task Ingest_with_articles_writes_nothing_when_a_quote_is_not_in_its_article()
    {
        using var articles = ArticlesFolder.WithSampleArticle();
        NameArticle(ArticlesFolder.SampleFile);
        _seed.Edit("articles/001.yaml", "quote: 常州武进", "quote: 常州的武进");

        var exitCode = await RunAsync("ingest", _seed.Path, "--articles", articles.Path);

        exitCode.Should().Be(1);
        _store.Applied.Should().BeEmpty();
        _output.ToString().Should().Contain("[quote-not-in-article]");
    }

    [Fact]
    public async Task Ingest_with_articles_writes_the_facts_when_every_quote_is_in_its_article()
    {
        using var articles = ArticlesFolder.WithSampleArticle();
        NameArticle(ArticlesFolder.SampleFile);

        var exitCode = await RunAsync("ingest", _seed.Path, "--articles", articles.Path);

        exitCode.Should().Be(0);
        _store.Applied.Should().ContainSingle();
    }

    [Fact]
    public async Task Validate_prints_each_error_as_file_line_column_message_and_exits_with_one()
    {
        _seed.Edit("articles/001.yaml", "date: 2024", "date: 2024-13");
        _seed.Edit("common.yaml", "nameEn: Chen Jinhu", "nameEN: Chen Jinhu");

        var exitCode = await RunAsync("validate", _seed.Path);

        exitCode.Should().Be(1);
        _output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            $"{_seed.Path}/articles/001.yaml:19:11: 'date' is not a real date: '2024-13' has month 13; expected 01 to 12 [invalid-date]",
            $"{_seed.Path}/common.yaml:4:55: 'nameEN' is not a field of an entity; did you mean 'nameEn'? expected one of: id, type, name, nameEn, aliases, note, distinctFrom [unknown-key]",
            $"{_seed.Path}: 2 errors in 2 of 2 files",
            "quotes were not checked against their articles; name the articles' folder with --articles to check them");
    }

    [Fact]
    public async Task Validate_reads_the_seed_folder_when_none_is_named()
    {
        var exitCode = await RunAsync("validate");

        exitCode.Should().Be(2);
        _error.ToString().Should().Be("kg validate: the folder 'seed' does not exist\n");
    }

    [Fact]
    public async Task Ingest_writes_the_facts_and_prints_the_counts_as_a_table()
    {
        var exitCode = await RunAsync("ingest", _seed.Path);

        exitCode.Should().Be(0);
        (await _store.SnapshotAsync()).Entities.Should().HaveCount(5);
        var output = _output.ToString();
        output.Should().MatchRegex(@"Entity\s+│\s+PERSON\s+│\s+1\s+│\s+0\s+│\s+0\s+│\s+0");
        output.Should().MatchRegex(@"Relationship\s+│\s+ALL\s+│\s+3\s+│\s+0\s+│\s+0\s+│\s+0");
        output.Should().EndWith($"{_seed.Path}: 2 files ingested; the changes were written in one batch.\n");
    }

    [Fact]
    public async Task Ingest_twice_writes_once_and_says_so()
    {
        await RunAsync("ingest", _seed.Path);
        _output.GetStringBuilder().Clear();

        var exitCode = await RunAsync("ingest", _seed.Path);

        exitCode.Should().Be(0);
        _store.Applied.Should().ContainSingle();
        _output.ToString().Should().EndWith($"{_seed.Path}: 2 files; the store already matched, nothing was written.\n");
    }

    [Fact]
    public async Task Ingest_json_prints_a_machine_readable_report()
    {
        var exitCode = await RunAsync("ingest", _seed.Path, "--json");

        exitCode.Should().Be(0);
        var report = JsonNode.Parse(_output.ToString())!;
        report["outcome"]!.GetValue<string>().Should().Be("applied");
        report["filesRead"]!.GetValue<int>().Should().Be(2);
        report["errors"]!.AsArray().Should().BeEmpty();
        report["counts"]!.AsArray().Should().Contain(c =>
            c!["kind"]!.GetValue<string>() == "relationship" && c["type"]!.GetValue<string>() == "HOLDS_POSITION" && c["added"]!.GetValue<int>() == 1);
    }

    [Fact]
    public async Task Ingest_with_a_bad_file_prints_the_errors_writes_nothing_and_exits_with_one()
    {
        _seed.Edit("articles/001.yaml", "date: 2024", "date: 2024-13");

        var exitCode = await RunAsync("ingest", _seed.Path);

        exitCode.Should().Be(1);
        _store.Applied.Should().BeEmpty();
        _output.ToString().Should().Contain($"{_seed.Path}/articles/001.yaml:19:11: 'date' is not a real date")
            .And.Contain("1 errors; nothing was written.");
    }

    [Fact]
    public async Task Ingest_reports_a_store_failure_and_exits_with_two()
    {
        _store.FailApplyWith = new GraphStoreException("disk full", isTransient: false);

        var exitCode = await RunAsync("ingest", _seed.Path, "--json");

        exitCode.Should().Be(2);
        JsonNode.Parse(_output.ToString())!["failure"]!.GetValue<string>().Should().Be("the store failed, and nothing was written: disk full.");
    }

    [Theory]
    [InlineData(new[] { "ingest" }, CommonArguments.DefaultDatabase)]
    [InlineData(new[] { "ingest", "--db", "graphs/test.db" }, "graphs/test.db")]
    public async Task Ingest_opens_the_store_for_the_database_named_by_db(string[] args, string expected)
    {
        await RunAsync(args);

        _databasesOpened.Should().Equal(expected);
    }

    [Fact]
    public async Task Ingest_with_an_unknown_store_in_the_environment_names_the_allowed_ones_and_exits_with_two()
    {
        var environment = new Dictionary<string, string?> { ["KG_STORE"] = "mongodb" };
        var cli = new KgCli(Context(CliContext.StoreFromEnvironment(environment.GetValueOrDefault)));

        var exitCode = await cli.InvokeAsync(["ingest", _seed.Path], TestContext.Current.CancellationToken);

        exitCode.Should().Be(2);
        _error.ToString().Should().Be("kg ingest: KG_STORE is 'mongodb', which names no graph store; expected one of: sqlite, neo4j (unset means sqlite)\n");
    }

    [Fact]
    public async Task Generate_writes_the_json_schema_of_fact_files()
    {
        var path = Path.Combine(_seed.Path, "facts.schema.json");

        var exitCode = await RunAsync("generate", "--output", path);

        exitCode.Should().Be(0);
        (await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken)).Should().Be(FactsJsonSchema.Generate(GraphSchema.Default));
        _output.ToString().Should().Be($"wrote {path}\n");
    }

    [Fact]
    public async Task Generate_into_a_missing_folder_says_why_and_exits_with_two()
    {
        var path = Path.Combine(_seed.Path, "missing", "facts.schema.json");

        var exitCode = await RunAsync("generate", "--output", path);

        exitCode.Should().Be(2);
        _error.ToString().Should().StartWith($"kg generate: could not write '{path}'");
    }

    [Fact]
    public async Task An_unknown_verb_is_refused()
    {
        var exitCode = await RunAsync("frobnicate");

        exitCode.Should().NotBe(0);
        _error.ToString().Should().Contain("frobnicate");
    }

    public void Dispose()
    {
        _seed.Dispose();
        _output.Dispose();
        _error.Dispose();
    }

    /// <summary>Makes the sample source name <paramref name="file"/> as its article.</summary>
    private void NameArticle(string file) =>
        _seed.Edit("common.yaml", "publishedOn: 2024-10-24 }", $"publishedOn: 2024-10-24, file: '{file}' }}");

    private Task<int> RunAsync(params string[] args) =>
        new KgCli(Context(RegisterRecordingStore)).InvokeAsync(args, TestContext.Current.CancellationToken);

    private void RegisterRecordingStore(IServiceCollection services, string databasePath)
    {
        _databasesOpened.Add(databasePath);
        services.AddSingleton<IGraphStore>(_store);
    }

    private CliContext Context(GraphStoreRegistration registerStore)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(_output),
        });
        return new CliContext(console, _output, _error, registerStore);
    }
}
