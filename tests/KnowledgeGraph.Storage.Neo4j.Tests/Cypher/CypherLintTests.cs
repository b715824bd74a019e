using System.Text.Json;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Storage.Neo4j.Cypher;
using KnowledgeGraph.Storage.Neo4j.Tests.Fakes;
using KnowledgeGraph.Testing;
using KnowledgeGraph.Testing.Node;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Cypher;

/// <summary>
/// Checks the store's Cypher with Neo4j's own front end (tests/cypher-lint): what a server would
/// refuse before running a statement, under Cypher 5 and Cypher 25, without a server. Labels,
/// relationship types and property keys a statement reads must be ones the store writes.
/// </summary>
public sealed class CypherLintTests
{
    private static readonly NodeScriptFolder Linter = new(Repository.PathOf("tests/cypher-lint"), "@neo4j-cypher", "Neo4j's Cypher front end");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_statement_the_store_sends_passes_Neo4js_parser_and_semantic_analysis()
    {
        var runner = await StoreWorkout.RecordEveryStatementAsync(Ct);
        var statements = runner.Statements.DistinctBy(s => s.Text, StringComparer.Ordinal).ToList();

        var findings = await LintAsync(statements, WrittenPropertyKeys(runner.Statements));

        statements.Should().HaveCountGreaterThan(60);
        findings.Should().BeEmpty();
    }

    [Theory]
    [InlineData("MATCH (n:Entity RETURN n.id", "Invalid input")]
    [InlineData("MATCH (n:Entity) RETURN m.id", "Variable `m` not defined")]
    [InlineData("MATCH (n:Entity) RETURN type(n)", "Type mismatch: expected Relationship but was Node")]
    [InlineData("MATCH (n:Entity) RETURN n.id ORDER BY size(n.id, 1)", "Too many parameters for function 'size'")]
    [InlineData("MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id", "Parameter $ids is not defined")]
    [InlineData("RETURN apoc.coll.sum([1, 2])", "Function apoc.coll.sum is not present in the database")]
    [InlineData("MATCH (n:Entity) RETURN n.nmae", "nmae is not present in the database")]
    [InlineData("MATCH (n:Entiti) RETURN n.id", "Label Entiti is not present in the database")]
    [InlineData("MATCH (:Entity)-[r:MEETS]->(:Entity) RETURN r.id", "Relationship type MEETS is not present in the database")]
    public async Task The_check_reports_what_a_server_would_refuse_or_never_find(string text, string expected)
    {
        var statement = new CypherStatement("a faulty statement", text, new Dictionary<string, object?>());

        var findings = await LintAsync([statement], ["id"]);

        findings.Should().Contain(f => f.Contains(expected, StringComparison.Ordinal));
    }

    /// <summary>
    /// Every property key the store sets: the keys of the property maps its upserts write. The
    /// keys of the rows themselves count too, since the front end reads <c>row.fromId</c> of a
    /// parameter row as it would a property of a node.
    /// </summary>
    private static List<string> WrittenPropertyKeys(IEnumerable<CypherStatement> statements)
    {
        var rows = statements
            .Where(s => s.Parameters.ContainsKey("rows"))
            .SelectMany(s => (IEnumerable<object>)s.Parameters["rows"]!)
            .OfType<IReadOnlyDictionary<string, object?>>()
            .ToList();
        var properties = rows.Append(statements.Select(s => s.Parameters).FirstOrDefault(p => p.ContainsKey("properties")) ?? new Dictionary<string, object?>())
            .SelectMany(row => row.TryGetValue("properties", out var map) ? ((IReadOnlyDictionary<string, object?>)map!).Keys : []);
        return [.. rows.SelectMany(row => row.Keys).Concat(properties).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The findings of the front end, one line each: the Cypher version, the message and the statement.</summary>
    private static async Task<List<string>> LintAsync(IReadOnlyList<CypherStatement> statements, IReadOnlyList<string> propertyKeys)
    {
        var schema = GraphSchema.Default;
        var request = JsonSerializer.Serialize(new
        {
            labels = schema.EntityTypes.Values.Select(t => t.Label).Append(CypherQueries.EntityLabel).Append(CypherQueries.SourceLabel).Append(CypherQueries.WriterLeaseLabel),
            relationshipTypes = schema.RelationTypes.Keys,
            propertyKeys,
            statements = statements.Select(s => new { text = s.Text, parameters = s.Parameters }),
        });

        var (exitCode, output, error) = await Linter.RunAsync("lint.mjs", [], request, Ct);

        exitCode.Should().Be(0, because: error);
        using var results = JsonDocument.Parse(output);
        return
        [
            .. results.RootElement.EnumerateArray().SelectMany(result => result.GetProperty("diagnostics").EnumerateArray().Select(diagnostic =>
                $"{result.GetProperty("version").GetString()} {diagnostic.GetProperty("severity").GetString()}: "
                + $"{diagnostic.GetProperty("message").GetString()} in: {result.GetProperty("text").GetString()}")),
        ];
    }
}
