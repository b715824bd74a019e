using System.Text;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Cypher;

/// <summary>
/// Derives the Neo4j schema scripts (graph-schema/neo4j/*.cypher) from the graph schema. The
/// committed scripts must equal its output; to regenerate them after changing
/// graph-schema/schema.yaml, run the schema script tests with KG_REGENERATE_NEO4J_SCHEMA=1.
/// </summary>
internal static class Neo4jSchemaGenerator
{
    private const string Header = "// Generated from graph-schema/schema.yaml; do not edit. Regenerate: KG_REGENERATE_NEO4J_SCHEMA=1 dotnet test tests/KnowledgeGraph.Storage.Neo4j.Tests";

    /// <summary>File name → content, in the order the store runs them.</summary>
    public static IReadOnlyDictionary<string, string> Generate(GraphSchema schema) => new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["01-constraints.cypher"] = Constraints(schema),
        ["02-indexes.cypher"] = Indexes(schema),
    };

    private static string Constraints(GraphSchema schema)
    {
        var text = new StringBuilder().AppendLine(Header)
            .AppendLine("// Ids are unique among all entities and among all sources; each entity type's label gets its own constraint too,")
            .AppendLine("// so that a query by label alone is backed by an index.")
            .AppendLine(Unique("unique_entity_id", "Entity"))
            .AppendLine(Unique("unique_source_id", "Source"));
        foreach (var type in schema.EntityTypes.Values.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            text.AppendLine(Unique($"unique_{type.Name.ToLowerInvariant()}_id", type.Label));
        }

        return text
            .AppendLine("// One writer lease per name: concurrent first ingestions must not each create their own.")
            .AppendLine("CREATE CONSTRAINT unique_writer_lease_name IF NOT EXISTS FOR (n:WriterLease) REQUIRE n.name IS UNIQUE;")
            .ToString();
    }

    private static string Indexes(GraphSchema schema)
    {
        var text = new StringBuilder().AppendLine(Header)
            .AppendLine("// Relationship ids, one range index per type: writes find a relationship by id and type.");
        foreach (var type in schema.RelationTypes.Keys.Order(StringComparer.Ordinal))
        {
            text.AppendLine($"CREATE INDEX rel_{type.ToLowerInvariant()}_id IF NOT EXISTS FOR ()-[r:{type}]-() ON (r.id);");
        }

        return text
            .AppendLine("// Entity types: pages and searches restricted to some types filter on it.")
            .AppendLine("CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type);")
            .AppendLine("// Names and aliases (one line each in aliasesText) for ad-hoc full-text queries; the CJK analyzer indexes Chinese by")
            .AppendLine("// character bigrams. The store's own search scans the normalised keys instead, which finds every substring.")
            .AppendLine("CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.nameEn, n.aliasesText]")
            .AppendLine("  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};")
            .ToString();
    }

    private static string Unique(string name, string label) =>
        $"CREATE CONSTRAINT {name} IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE;";
}
