using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Core.Tests.Facts;

public sealed class FactsJsonSchemaTests
{
    private static readonly JsonNode Generated = JsonNode.Parse(FactsJsonSchema.Generate(GraphSchema.Default))!;

    [Fact]
    public void The_committed_schema_is_exactly_what_the_graph_schema_generates()
    {
        var committed = File.ReadAllText(Path.Combine(Repository.Root, FactsJsonSchema.RelativePath));

        committed.Should().Be(FactsJsonSchema.Generate(GraphSchema.Default),
            "graph-schema/facts.schema.json is generated; run 'kg generate' after changing graph-schema/schema.yaml");
    }

    [Fact]
    public void It_is_a_draft_2020_12_schema() =>
        Generated["$schema"]!.GetValue<string>().Should().Be("https://json-schema.org/draft/2020-12/schema");

    [Fact]
    public void Every_entity_type_of_the_graph_schema_is_an_allowed_entity_type() =>
        Enum(Generated["$defs"]!["entity"]!["properties"]!["type"]!).Should().BeEquivalentTo(GraphSchema.Default.EntityTypes.Keys);

    [Fact]
    public void Every_relationship_type_of_the_graph_schema_is_an_allowed_relationship_type_with_its_own_rules()
    {
        var relationship = Generated["$defs"]!["relationship"]!;

        Enum(relationship["properties"]!["type"]!).Should().BeEquivalentTo(GraphSchema.Default.RelationTypes.Keys);
        relationship["allOf"]!.AsArray().Select(rule => rule!["if"]!["properties"]!["type"]!["const"]!.GetValue<string>())
            .Should().BeEquivalentTo(GraphSchema.Default.RelationTypes.Keys);
    }

    [Fact]
    public void Money_units_and_currencies_come_from_the_graph_schema()
    {
        var amount = Generated["$defs"]!["amount"]!["properties"]!;

        Enum(amount["unit"]!).Should().Equal(GraphSchema.Default.MoneyUnits);
        Enum(amount["currency"]!).Should().Equal(GraphSchema.Default.Currencies);
    }

    [Fact]
    public void A_person_id_must_carry_the_person_prefix()
    {
        var rule = Generated["$defs"]!["entity"]!["allOf"]!.AsArray()
            .Single(r => Enum(r!["if"]!["properties"]!["type"]!).Contains("PERSON"));

        rule!["then"]!["properties"]!["id"]!["pattern"]!.GetValue<string>().Should().Be("^person:[a-z0-9]+(-[a-z0-9]+)*$");
    }

    [Fact]
    public void Events_forbid_a_validity_and_states_forbid_a_date()
    {
        var rules = Generated["$defs"]!["relationship"]!["allOf"]!.AsArray()
            .ToDictionary(r => r!["if"]!["properties"]!["type"]!["const"]!.GetValue<string>(), r => r!["then"]!["properties"]!.AsObject());

        rules["MET"].Select(p => p.Key).Should().Contain(["validFrom", "validTo", "role", "amount"]).And.NotContain("date");
        rules["HOLDS_POSITION"].Select(p => p.Key).Should().Contain("date").And.NotContain("role");
    }

    [Fact]
    public void Generating_twice_gives_the_same_text() =>
        FactsJsonSchema.Generate(GraphSchema.Default).Should().Be(FactsJsonSchema.Generate(GraphSchema.Default));

    private static List<string> Enum(JsonNode node) => [.. node["enum"]!.AsArray().Select(v => v!.GetValue<string>())];
}
