using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Tests.Schema;

public sealed class GraphSchemaReaderTests
{
    [Fact]
    public void The_embedded_schema_joins_positions_from_people_to_places()
    {
        var holds = GraphSchema.Default.RelationTypes["HOLDS_POSITION"];

        holds.CanJoin("PERSON", "CITY").Should().BeTrue();
        holds.CanJoin("CITY", "PERSON").Should().BeFalse();
        holds.Role.Should().Be(PropertyRule.Required);
    }

    [Fact]
    public void Places_and_industries_are_hubs_that_link_searches_do_not_walk_through() =>
        GraphSchema.Default.HubCategories.Should().BeEquivalentTo("place", "industry");

    [Fact]
    public void Containment_types_are_located_in_and_part_of() =>
        GraphSchema.Default.ContainmentTypes.Should().BeEquivalentTo("LOCATED_IN", "PART_OF");

    [Fact]
    public void Every_entity_type_id_prefix_is_lowercase_ascii() =>
        GraphSchema.Default.EntityTypes.Values.Should().OnlyContain(t => t.IdPrefix.All(c => char.IsAsciiLetterLower(c)));

    [Theory]
    [InlineData("entityTypes: { X: { category: nowhere, idPrefix: x, label: X } }", "unknown category 'nowhere'")]
    [InlineData("categories: { a: A }\nentityTypes: { X: { category: a, idPrefix: x, label: X } }\nrelationTypes: { R: { from: [Y], to: [X], temporal: event } }", "'from' names 'Y'")]
    [InlineData("categories: { a: A }\nentityTypes: { X: { category: a, idPrefix: x, label: X } }\nrelationTypes: { R: { from: [X], to: [X], temporal: sometimes } }", "temporal must be")]
    [InlineData("categories: [", "line")]
    [InlineData("categories: { a: A }\nhubCategories: [b]", "hubCategories: unknown category 'b'")]
    public void A_malformed_schema_is_rejected_with_what_is_wrong(string yaml, string expected)
    {
        var read = () => GraphSchemaReader.Read(yaml);
        read.Should().Throw<GraphSchemaException>().WithMessage($"*{expected}*");
    }
}
