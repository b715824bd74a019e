using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Storage.Neo4j.Cypher;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Cypher;

public sealed class SchemaScriptTests
{
    private const string RegenerateVariable = "KG_REGENERATE_NEO4J_SCHEMA";

    [Fact]
    public void The_committed_scripts_are_what_the_graph_schema_generates()
    {
        var generated = Neo4jSchemaGenerator.Generate(GraphSchema.Default);
        var folder = Path.Combine(Repository.Root, "graph-schema", "neo4j");
        if (Environment.GetEnvironmentVariable(RegenerateVariable) == "1")
        {
            foreach (var (name, content) in generated)
            {
                File.WriteAllText(Path.Combine(folder, name), content);
            }
        }

        var committed = Directory.GetFiles(folder, "*.cypher").ToDictionary(f => Path.GetFileName(f), File.ReadAllText);

        committed.Should().BeEquivalentTo(generated,
            $"graph-schema/neo4j follows graph-schema/schema.yaml; run the tests with {RegenerateVariable}=1 to regenerate it");
    }

    [Fact]
    public void The_store_runs_every_generated_statement_in_file_order()
    {
        var generated = Neo4jSchemaGenerator.Generate(GraphSchema.Default);

        SchemaScript.Statements.Should().Equal(generated.Values.SelectMany(SchemaScript.Parse));
    }

    [Fact]
    public void Every_label_and_relationship_type_of_the_schema_gets_its_index()
    {
        var statements = SchemaScript.Statements;

        foreach (var type in GraphSchema.Default.EntityTypes.Values)
        {
            statements.Should().Contain($"CREATE CONSTRAINT unique_{type.Name.ToLowerInvariant()}_id IF NOT EXISTS FOR (n:{type.Label}) REQUIRE n.id IS UNIQUE");
        }

        foreach (var type in GraphSchema.Default.RelationTypes.Keys)
        {
            statements.Should().Contain($"CREATE INDEX rel_{type.ToLowerInvariant()}_id IF NOT EXISTS FOR ()-[r:{type}]-() ON (r.id)");
        }

        statements.Should().Contain(s => s.StartsWith("CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity)", StringComparison.Ordinal)
            && s.EndsWith("OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}", StringComparison.Ordinal));
    }

    [Fact]
    public void A_statement_may_span_lines_and_comments_are_skipped()
    {
        var statements = SchemaScript.Parse("// a comment\nCREATE INDEX a\n  FOR (n:X) ON (n.id);\n\nCREATE INDEX b FOR (n:Y) ON (n.id);\n");

        statements.Should().Equal("CREATE INDEX a FOR (n:X) ON (n.id)", "CREATE INDEX b FOR (n:Y) ON (n.id)");
    }

    [Fact]
    public void A_script_that_ends_inside_a_statement_is_refused()
    {
        var parse = () => SchemaScript.Parse("CREATE INDEX a FOR (n:X) ON (n.id)");

        parse.Should().Throw<FormatException>().WithMessage("*lacks its ';'*CREATE INDEX a*");
    }
}
