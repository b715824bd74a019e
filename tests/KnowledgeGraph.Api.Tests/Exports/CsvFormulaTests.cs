using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Api.Tests.Exports;

/// <summary>Text cells that a spreadsheet would run as formulas (CSV injection), escaped by default.</summary>
public sealed class CsvFormulaTests
{
    /// <summary>Names that start with each character OWASP lists: <c>= + - @</c>, tab and carriage return.</summary>
    private static readonly string[] FormulaNames =
    [
        "=HYPERLINK(\"http://example.invalid\",\"点击\")",
        "+1+1",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(A1:A2)",
        "\t=1+1",
        "\r=1+1",
    ];

    /// <summary>Names with those characters anywhere but first, which no spreadsheet runs.</summary>
    private static readonly string[] HarmlessNames = ["a=b", "中-文", "'already quoted"];

    private static readonly Entity[] Companies =
        [.. FormulaNames.Concat(HarmlessNames).Select((name, i) => new Entity($"org:formula-{i}", "COMPANY", name))];

    /// <summary>A negative amount, written as a number, beside a role that is text looking like one.</summary>
    private static readonly Relationship NegativeInvestment = new("rel:negative", "INVESTED_IN", "org:formula-0", "org:aac-optics")
    {
        Role = "-3",
        Amount = new Money(-3m, "亿", "CNY"),
        Evidence = [new Evidence("source:a2024", "=1+1")],
    };

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static string AllCompanies => ExportTestGraph.Refs([.. Companies.Select(company => company.Id)]) + "&depth=0";

    [Fact]
    public async Task Text_that_starts_like_a_formula_gets_a_leading_quote_by_default()
    {
        await using var factory = await StartAsync();
        using var client = factory.CreateClient();

        var names = await NamesAsync(client, AllCompanies);

        names.Should().BeEquivalentTo([.. FormulaNames.Select(name => "'" + name), .. HarmlessNames]);
    }

    [Fact]
    public async Task Formulas_escape_asks_for_the_default()
    {
        await using var factory = await StartAsync();
        using var client = factory.CreateClient();

        var names = await NamesAsync(client, AllCompanies + "&formulas=escape");

        names.Should().BeEquivalentTo([.. FormulaNames.Select(name => "'" + name), .. HarmlessNames]);
    }

    [Fact]
    public async Task Formulas_keep_writes_text_as_stored()
    {
        await using var factory = await StartAsync();
        using var client = factory.CreateClient();

        var names = await NamesAsync(client, AllCompanies + "&formulas=keep");

        names.Should().BeEquivalentTo([.. FormulaNames, .. HarmlessNames]);
    }

    [Fact]
    public async Task An_escaped_cell_is_quoted_so_that_its_quote_is_the_first_character_a_spreadsheet_sees()
    {
        await using var factory = await StartAsync();
        using var client = factory.CreateClient();

        var text = await client.GetStringAsync($"/export/subgraph.nodes.csv?refs=org:formula-3&depth=0", Cancellation);

        text.Should().Contain("\"'@SUM(A1:A2)\"");
    }

    [Theory]
    [InlineData("", "'-3")]
    [InlineData("&formulas=keep", "-3")]
    public async Task A_negative_amount_stays_a_number_while_text_that_looks_like_one_is_escaped(string formulas, string role)
    {
        await using var factory = await StartAsync();
        using var client = factory.CreateClient();

        var edges = await CsvExportTests.ReadAsync(
            client, $"subgraph.edges.csv?refs=org:formula-0&types=INVESTED_IN{formulas}", csv => (Role: csv.GetString("role"), Amount: csv.GetString("amountValue")));

        edges.Should().Equal((role, "-3"));
    }

    private static Task<ApiFactory> StartAsync() =>
        ExportTestGraph.StartAsync(extra: new GraphChangeSet { UpsertEntities = Companies, UpsertRelationships = [NegativeInvestment] });

    private static Task<List<string>> NamesAsync(HttpClient client, string query) =>
        CsvExportTests.ReadAsync(client, $"subgraph.nodes.csv?{query}", csv => csv.GetString("name"));
}
