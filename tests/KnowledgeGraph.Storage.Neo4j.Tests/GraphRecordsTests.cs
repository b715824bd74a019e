using System.Globalization;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Storage.Neo4j.Tests;

/// <summary>
/// Records to properties and back. A row is made from the properties the way the read
/// statements' columns take them (missing properties read as null, missing lists as empty).
/// </summary>
public sealed class GraphRecordsTests
{
    [Theory]
    [InlineData("2024")]
    [InlineData("2024-10")]
    [InlineData("2024-10-22")]
    public void Dates_are_stored_as_their_text_and_keep_their_precision(string date)
    {
        var relationship = new Relationship("rel:x", "MET", "person:a", "person:b") { Date = PartialDate.Parse(date) };

        var properties = GraphRecords.RelationshipProperties(relationship);

        properties["date"].Should().Be(date);
        GraphRecords.ReadRelationship(RelationshipRow(properties, "MET", "person:a", "person:b")).Should().BeEquivalentTo(relationship);
    }

    [Theory]
    [InlineData("20")]
    [InlineData("20.00")]
    [InlineData("0.35")]
    [InlineData("79228162514264337593543950335")]
    public void Amounts_are_stored_as_decimal_text_and_keep_their_scale(string value)
    {
        var amount = new Money(decimal.Parse(value, CultureInfo.InvariantCulture), "亿", "CNY") { Approximate = true, Text = "近20亿元" };
        var relationship = new Relationship("rel:x", "INVESTED_IN", "org:a", "org:b") { Amount = amount };

        var read = GraphRecords.ReadRelationship(RelationshipRow(GraphRecords.RelationshipProperties(relationship), "INVESTED_IN", "org:a", "org:b"));

        read.Amount.Should().Be(amount);
        read.Amount!.Value.ToString(CultureInfo.InvariantCulture).Should().Be(value);
    }

    [Fact]
    public void Evidence_keeps_its_order_as_two_parallel_lists()
    {
        var relationship = new Relationship("rel:x", "MET", "person:a", "person:b")
        {
            Evidence = [new Evidence("source:z", "第一"), new Evidence("source:a", "第二"), new Evidence("source:z", "第三")],
        };

        var properties = GraphRecords.RelationshipProperties(relationship);

        properties["evidenceSources"].Should().BeEquivalentTo(new[] { "source:z", "source:a", "source:z" }, o => o.WithStrictOrdering());
        GraphRecords.ReadRelationship(RelationshipRow(properties, "MET", "person:a", "person:b")).Evidence
            .Should().Equal(relationship.Evidence);
    }

    [Fact]
    public void Evidence_lists_of_different_lengths_are_reported_as_unreadable()
    {
        var properties = GraphRecords.RelationshipProperties(new Relationship("rel:x", "MET", "person:a", "person:b") { Evidence = [new Evidence("source:a", "引文")] });
        properties["evidenceQuotes"] = new List<string>();

        var read = () => GraphRecords.ReadRelationship(RelationshipRow(properties, "MET", "person:a", "person:b"));

        read.Should().Throw<GraphStoreException>().Which.Message.Should().Contain("rel:x has 1 evidence sources but 0 quotes");
    }

    [Fact]
    public void An_entity_stores_its_name_keys_and_search_keys_beside_its_fields()
    {
        var entity = new Entity("person:chen-jinhu", "PERSON", "陈金虎") { NameEn = "Chen Jinhu", Aliases = ["CHEN-JINHU", "陈金虎"], Note = "注" };

        var properties = GraphRecords.EntityProperties(entity);

        properties["nameKeys"].Should().BeEquivalentTo(new[] { "chen-jinhu", "chen jinhu", "陈金虎" });
        properties["searchNames"].Should().BeEquivalentTo(new[] { "CHEN-JINHU", "Chen Jinhu", "陈金虎" }, o => o.WithStrictOrdering());
        properties["searchKeys"].Should().BeEquivalentTo(new[] { "chenjinhu", "chenjinhu", "陈金虎" }, o => o.WithStrictOrdering());
        properties["aliasesText"].Should().Be("CHEN-JINHU\n陈金虎");
        GraphRecords.ReadEntity(EntityRow(properties)).Should().BeEquivalentTo(entity);
    }

    [Fact]
    public void Fields_left_out_are_not_stored_and_read_back_as_null_or_empty()
    {
        var entity = new Entity("org:a", "COMPANY", "甲");
        var source = new Source("source:a", "标题");

        var entityProperties = GraphRecords.EntityProperties(entity);
        var sourceProperties = GraphRecords.SourceProperties(source);

        entityProperties.Keys.Should().NotContain(["nameEn", "note", "aliases", "aliasesText"]);
        sourceProperties.Keys.Should().BeEquivalentTo(["id", "title"]);
        GraphRecords.ReadEntity(EntityRow(entityProperties)).Should().BeEquivalentTo(entity);
        GraphRecords.ReadSource([source.Id, source.Title, null, null, null]).Should().Be(source);
    }

    [Theory]
    [InlineData("Shenzhen", "shenzhen")]
    [InlineData("ＳＨＥＮＺＨＥＮ", "ＳＨＥＮＺＨＥＮ")]
    [InlineData("İstanbul Ǆ", "İstanbul Ǆ")]
    [InlineData("深圳 Bay", "深圳 bay")]
    public void Name_keys_lower_ascii_letters_only(string name, string key) =>
        GraphRecords.AsciiLower(name).Should().Be(key);

    [Fact]
    public void A_stored_date_that_is_not_a_date_is_reported_as_unreadable()
    {
        var read = () => GraphRecords.ReadSource(["source:a", "标题", null, "2024-13", null]);

        read.Should().Throw<GraphStoreException>().Which.Message.Should().Contain("cannot read").And.Contain("2024-13");
    }

    private static object?[] EntityRow(Dictionary<string, object?> p) =>
        [p["id"], p["type"], p["name"], p.GetValueOrDefault("nameEn"), AsList(p.GetValueOrDefault("aliases")), p.GetValueOrDefault("note")];

    private static object?[] RelationshipRow(Dictionary<string, object?> p, string type, string fromId, string toId) =>
    [
        p["id"], type, fromId, toId, p.GetValueOrDefault("role"), p.GetValueOrDefault("date"), p.GetValueOrDefault("validFrom"), p.GetValueOrDefault("validTo"),
        p.GetValueOrDefault("amountValue"), p.GetValueOrDefault("amountUnit"), p.GetValueOrDefault("amountCurrency"), p.GetValueOrDefault("amountApproximate"),
        p.GetValueOrDefault("amountText"), p.GetValueOrDefault("note"), AsList(p.GetValueOrDefault("evidenceSources")), AsList(p.GetValueOrDefault("evidenceQuotes")),
    ];

    /// <summary>A stored list as the wire returns it (a list of values), or the empty list that <c>coalesce</c> gives for a missing one.</summary>
    private static List<object?> AsList(object? value) => value is IEnumerable<string> list ? [.. list] : [];
}
