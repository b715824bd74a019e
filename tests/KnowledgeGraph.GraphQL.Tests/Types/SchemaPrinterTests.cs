using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Tests.Types;

public sealed class SchemaPrinterTests
{
    [Fact]
    public void The_test_schema_prints_as_the_reference_printSchema_prints_it()
    {
        var schema = TestSchema.Create();

        var printed = SchemaPrinter.PrintSchema(schema);

        printed.Should().Be(Golden.Read("Types/Golden/test-schema.printed.graphql"));
    }

    [Fact]
    public void A_code_first_schema_prints_descriptions_defaults_and_deprecations()
    {
        var schema = new SchemaBuilder()
            .Enum("Direction", e => e.Value("OUT").Value("IN").Value("BOTH", description: "Either way.").Value("SIDEWAYS", deprecationReason: "No longer supported"))
            .Object("Query", type => type
                .Description("Entry points.")
                .Field("relations", "[String!]!", field => field
                    .Argument("direction", "Direction", a => a.DefaultValue("BOTH"))
                    .Argument("first", "Int", a => a.DefaultValue(100).Description("Page size."))
                    .Resolve(_ => new List<object?>())))
            .Build();

        var printed = SchemaPrinter.PrintSchema(schema);

        printed.Should().Be(
            "enum Direction {\n  OUT\n  IN\n\n  \"\"\"Either way.\"\"\"\n  BOTH\n  SIDEWAYS @deprecated\n}\n\n" +
            "\"\"\"Entry points.\"\"\"\ntype Query {\n  relations(\n    direction: Direction = BOTH\n\n    \"\"\"Page size.\"\"\"\n    first: Int = 100\n  ): [String!]!\n}");
    }
}
