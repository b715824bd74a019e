using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.Benchmarks;

/// <summary>The schema and queries the GraphQL benchmarks run: a small query over in-memory data, and GraphiQL's introspection query.</summary>
internal static class BenchmarkSchema
{
    public const string SmallQuery = """
        query Hero($episode: Episode) {
          hero(episode: $episode) { name friends { name appearsIn } }
        }
        """;

    public static string LargeQuery { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "introspection-query.graphql"));

    public static IReadOnlyDictionary<string, object?> SmallVariables { get; } = new Dictionary<string, object?> { ["episode"] = "EMPIRE" };

    public static GraphQLSchema Create()
    {
        var friends = Enumerable.Range(0, 10).Select(Character).ToList();
        var hero = new Dictionary<string, object?>(Character(99)) { ["friends"] = friends };
        return new SchemaBuilder()
            .AddSdl("""
                enum Episode { NEWHOPE EMPIRE JEDI }
                type Character { name: String! appearsIn: [Episode!]! friends: [Character!]! }
                type Query { hero(episode: Episode): Character }
                """)
            .Resolve("Query", "hero", _ => hero)
            .Build();
    }

    private static Dictionary<string, object?> Character(int id) => new()
    {
        ["name"] = $"character {id}",
        ["appearsIn"] = new List<object?> { "NEWHOPE", "EMPIRE" },
        ["friends"] = new List<object?>(),
    };
}
