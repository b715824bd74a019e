using System.Text.Json.Nodes;
using KnowledgeGraph.Ingestion.Tests.Support;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Ingestion.Tests.Cli;

/// <summary>The JSON of the query verbs keeps its documented shape: scripts depend on it.</summary>
public sealed class JsonOutputTests(SeededDatabase database) : IClassFixture<SeededDatabase>
{
    private static readonly string[] EntityFields = ["id", "type", "name", "nameEn", "aliases", "note"];
    private static readonly string[] RelationshipFields = ["id", "type", "from", "to", "role", "date", "validFrom", "validTo", "amount", "note", "evidence"];

    [Fact]
    public async Task Show_json_matches_its_golden_file()
    {
        var golden = await File.ReadAllTextAsync(
            Path.Combine(Repository.Root, "tests", "KnowledgeGraph.Ingestion.Tests", "Cli", "Golden", "show-zuo-ding-met.json"), TestContext.Current.CancellationToken);

        var run = await RunAsync("show", "左丁", "--type", "MET", "--json");

        run.Output.Should().Be(golden);
    }

    [Theory]
    [InlineData(new[] { "search", "常州" }, new[] { "hits" })]
    [InlineData(new[] { "show", "常州" }, new[] { "entity", "relationships" })]
    [InlineData(new[] { "partners", "深圳", "武进" }, new[] { "partners" })]
    [InlineData(new[] { "paths", "陈金虎", "左丁" }, new[] { "paths" })]
    [InlineData(new[] { "subgraph", "左丁", "陈金虎" }, new[] { "nodes", "relationships", "truncated" })]
    [InlineData(new[] { "stats" }, new[] { "entities", "relationships", "sources", "byEntityType", "byRelationType" })]
    public async Task Each_verb_prints_one_object_with_its_documented_fields(string[] args, string[] fields)
    {
        var run = await RunAsync([.. args, "--json"]);

        JsonNode.Parse(run.Output)!.AsObject().Select(p => p.Key).Should().Equal(fields);
    }

    [Fact]
    public async Task Relationships_carry_both_ends_and_evidence_with_its_source_in_every_verb()
    {
        var partners = JsonNode.Parse((await RunAsync("partners", "深圳", "武进", "--json")).Output)!;

        var path = partners["partners"]![0]!["path"]!;
        path.AsObject().Select(p => p.Key).Should().Equal("length", "nodes", "relationships");
        path["nodes"]![0]!.AsObject().Select(p => p.Key).Should().Equal(EntityFields);
        var relationship = path["relationships"]![0]!;
        relationship.AsObject().Select(p => p.Key).Should().Equal(RelationshipFields);
        relationship["from"]!.AsObject().Select(p => p.Key).Should().Equal(EntityFields);
        relationship["evidence"]![0]!.AsObject().Select(p => p.Key).Should().Equal("source", "quote");
        relationship["evidence"]![0]!["source"]!.AsObject().Select(p => p.Key).Should().Equal("id", "title", "outlet", "publishedOn");
    }

    [Fact]
    public async Task An_amount_is_printed_as_value_unit_currency_and_whether_it_is_approximate()
    {
        var answer = JsonNode.Parse((await RunAsync("show", "project:changzhou-mixc", "--type", "INVESTED_IN", "--json")).Output)!;

        var amount = answer["relationships"]!["edges"]![0]!["node"]!["amount"]!;
        JsonNode.DeepEquals(amount, JsonNode.Parse("""{"value":20,"unit":"亿","currency":"CNY","approximate":false,"text":null}""")).Should().BeTrue(amount.ToJsonString());
    }

    [Fact]
    public async Task An_amount_is_shown_in_the_table_with_its_unit_and_currency()
    {
        var run = await RunAsync("show", "project:changzhou-mixc", "--type", "INVESTED_IN");

        run.Output.Should().Contain("20亿 CNY");
    }

    private async Task<CliRun> RunAsync(params string[] args)
    {
        var run = await new CliRunner().RunAsync([.. args, "--db", database.Path, "--seed", Repository.Seed]);
        run.ExitCode.Should().Be(0, run.Error);
        return run;
    }
}
