using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Neo4j.Cypher;
using KnowledgeGraph.Storage.Neo4j.Tests.Fakes;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Cypher;

public sealed partial class CypherQueriesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_statement_gets_exactly_the_parameters_it_names_and_no_input_is_written_into_its_text()
    {
        var runner = await StoreWorkout.RecordEveryStatementAsync(Ct);

        runner.Statements.Should().NotBeEmpty();
        foreach (var statement in runner.Statements)
        {
            ParameterNames(statement.Text).Should().BeEquivalentTo(statement.Parameters.Keys, because: statement.Text);
            statement.Text.Should().NotContain("x'}").And.NotContain("DETACH");
            KnownStatements().Should().Contain(statement.Text);
        }
    }

    [Fact]
    public void Labels_and_relationship_types_in_statements_come_from_the_schema_or_the_stores_own_labels()
    {
        var schema = GraphSchema.Default;
        var queries = new CypherQueries(schema);
        var allowed = schema.EntityTypes.Values.Select(t => t.Label).Concat(schema.RelationTypes.Keys)
            .Append(CypherQueries.EntityLabel).Append(CypherQueries.SourceLabel).Append(CypherQueries.WriterLeaseLabel).Append(CypherQueries.IngestionMarkLabel).ToHashSet(StringComparer.Ordinal);

        var named = KnownStatements(queries).SelectMany(text => LabelOrType().Matches(text).Select(m => m.Groups["name"].Value)).ToList();

        named.Should().Contain(["Entity", "Source", "Person", "HOLDS_POSITION"]).And.OnlyContain(name => allowed.Contains(name));
    }

    [Fact]
    public void A_schema_whose_type_is_no_plain_identifier_is_refused()
    {
        using var embedded = new StreamReader(typeof(GraphSchema).Assembly.GetManifestResourceStream("graph-schema/schema.yaml")!);
        var yaml = embedded.ReadToEnd().Replace("label: Person,", "label: \"Person) DETACH DELETE n //\",", StringComparison.Ordinal);
        var schema = GraphSchemaReader.Read(yaml);

        var build = () => new CypherQueries(schema);

        build.Should().Throw<GraphSchemaException>().WithMessage("*cannot be a Neo4j label*");
    }

    [Fact]
    public async Task A_change_set_runs_as_one_write_deleting_before_upserting_in_batches()
    {
        var runner = new RecordingRunner { Answer = StoreWorkout.ExistingEverywhere };
        var store = new Neo4jGraphStore(runner, GraphSchema.Default, batchSize: 2);
        var entities = Enumerable.Range(0, 5).Select(i => new Entity($"org:{i}", "COMPANY", $"公司{i}")).ToList();

        await store.ApplyAsync(new GraphChangeSet { UpsertEntities = entities, DeleteEntityIds = ["org:old"], DeleteSourceIds = ["source:old"] }, Ct);

        var write = runner.Transactions.Single(t => t.AccessMode == AccessMode.Write).Statements;
        var upserts = write.Where(s => s.Text == new CypherQueries(GraphSchema.Default).UpsertEntitiesOfType("COMPANY")).ToList();
        upserts.Select(s => ((Array)s.Parameters["rows"]!).Length).Should().Equal(2, 2, 1);
        write.Select(s => s.Text).ToList().IndexOf(CypherQueries.DeleteEntities)
            .Should().BeLessThan(write.Select(s => s.Text).ToList().IndexOf(upserts[0].Text));
    }

    [Theory]
    [InlineData("entity", "org:x", "TOWNSHIP")]
    [InlineData("relationship", "rel:x", "KNOWS")]
    public async Task A_type_the_schema_does_not_define_is_refused_before_anything_is_sent(string kind, string id, string type)
    {
        var runner = new RecordingRunner();
        var store = new Neo4jGraphStore(runner, GraphSchema.Default, batchSize: 1000);
        var changes = kind == "entity"
            ? new GraphChangeSet { UpsertEntities = [new Entity(id, type, "名")] }
            : new GraphChangeSet { UpsertRelationships = [new Relationship(id, type, "org:a", "org:b")] };

        var apply = () => store.ApplyAsync(changes, Ct);

        var refusal = await apply.Should().ThrowAsync<GraphStoreException>();
        refusal.Which.IsTransient.Should().BeFalse();
        refusal.Which.Message.Should().Contain(id).And.Contain($"'{type}'").And.Contain("nothing changed");
        runner.Transactions.Should().BeEmpty();
    }

    [Fact]
    public async Task A_refused_change_set_sends_no_write()
    {
        var runner = new RecordingRunner();
        var store = new Neo4jGraphStore(runner, GraphSchema.Default, batchSize: 1000);

        var apply = () => store.ApplyAsync(new GraphChangeSet { UpsertRelationships = [new Relationship("rel:x", "MET", "person:a", "person:b")] }, Ct);

        (await apply.Should().ThrowAsync<GraphStoreException>()).Which.Message.Should().Contain("rel:x would join a missing entity (person:a)");
        runner.Transactions.Should().ContainSingle().Which.AccessMode.Should().Be(AccessMode.Read);
    }

    [Fact]
    public async Task Search_candidates_are_ordered_by_entity_then_name_and_cut_at_the_limit_here_as_well()
    {
        var runner = new RecordingRunner
        {
            Answer = s => s.Text == CypherQueries.SearchCandidates
                ? [["org:b", new List<object?> { "乙b", "乙a" }], ["org:a", new List<object?> { "甲" }]]
                : s.Text == CypherQueries.EntitiesById
                ? [.. ((IEnumerable<string>)s.Parameters["ids"]!).Select(id => (IReadOnlyList<object?>)[id, "COMPANY", id, null, new List<object?>(), null])]
                : [],
        };
        var store = new Neo4jGraphStore(runner, GraphSchema.Default, batchSize: 1000);

        var candidates = await store.FindSearchCandidatesAsync("x", null, 2, Ct);

        candidates.Select(c => $"{c.Entity.Id}|{c.Matched}").Should().Equal("org:a|甲", "org:b|乙a");
    }

    [Fact]
    public async Task Pages_and_search_candidates_follow_utf16_order_though_the_server_orders_by_code_point()
    {
        var server = new CodePointOrderedEntities("org:z", "org:𠮷", "org:（甲）", "org:（乙）");
        var store = new Neo4jGraphStore(server, GraphSchema.Default, batchSize: 1000);

        var afterSupplementary = await store.ListEntitiesAsync(new EntityPageQuery(null, 10, "org:𠮷"), Ct);
        var firstTwo = await store.ListEntitiesAsync(new EntityPageQuery(null, 2, null), Ct);
        var candidates = await store.FindSearchCandidatesAsync("org", null, 2, Ct);

        afterSupplementary.Select(e => e.Id).Should().Equal("org:（乙）", "org:（甲）");
        firstTwo.Select(e => e.Id).Should().Equal("org:z", "org:𠮷");
        candidates.Select(c => c.Entity.Id).Should().Equal("org:z", "org:𠮷");
    }

    [Fact]
    public void The_code_point_lower_bound_of_an_id_keeps_every_id_after_it_in_utf16_order()
    {
        string[] letters = ["a", "z", "\uD7FF", "\uE000", "（", "\uFFFF", "𠮷", "😀"];
        var ids = letters.SelectMany(a => letters.SelectMany(b => new[] { a, a + b }.Concat(letters.Select(c => a + b + c)))).Distinct().ToList();

        var missed = ids.SelectMany(after => ids
                .Where(id => string.CompareOrdinal(id, after) > 0 && CodePointOrderedEntities.Compare(id, CypherQueries.CodePointLowerBound(after)) < 0)
                .Select(id => $"{id} after {after}"))
            .ToList();

        ids.Should().HaveCountGreaterThan(500);
        missed.Should().BeEmpty();
    }

    private static HashSet<string> KnownStatements(CypherQueries? queries = null)
    {
        queries ??= new CypherQueries(GraphSchema.Default);
        var known = typeof(CypherQueries).GetProperties()
            .Where(p => p.PropertyType == typeof(string))
            .Select(p => (string)p.GetValue(p.GetMethod!.IsStatic ? null : queries)!)
            .Concat(SchemaScript.Statements)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var type in GraphSchema.Default.EntityTypes.Keys)
        {
            known.Add(queries.UpsertEntitiesOfType(type));
        }

        foreach (var type in queries.RelationTypes)
        {
            known.Add(queries.DeleteRelationshipsOfType(type));
            known.Add(queries.DeleteMovedRelationshipsOfType(type));
            known.Add(queries.UpsertRelationshipsOfType(type));
        }

        return known;
    }

    private static IEnumerable<string> ParameterNames(string text) =>
        Parameter().Matches(text).Select(m => m.Groups["name"].Value).Distinct(StringComparer.Ordinal);

    [GeneratedRegex(@"\$(?<name>[A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"[(\[][a-z]*:(?<name>[A-Za-z_][A-Za-z0-9_]*)|\bn:(?<name>[A-Za-z_][A-Za-z0-9_]*)|:(?<name>[A-Z][A-Za-z0-9_]*)(?=[:\s])")]
    private static partial Regex LabelOrType();
}
