using System.Globalization;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Tests;

/// <summary>The shared test schema (Types/Golden/test-schema.graphql) over a small in-memory data set.</summary>
internal static class TestSchema
{
    public static string Sdl => Golden.Read("Types/Golden/test-schema.graphql");

    /// <summary>A fresh schema each time, so that tests which mutate data stay independent.</summary>
    public static GraphQLSchema Create(Action<SchemaBuilder>? configure = null)
    {
        var data = Data();
        var builder = new SchemaBuilder()
            .AddSdl(Sdl)
            .Scalar("Date", scalar => scalar
                .Serialize(value => value is DateOnly date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : throw new GraphQLException("Date cannot represent a non-date value."))
                .ParseValue(ParseDate)
                .ParseLiteral((literal, _) => literal is StringValueNode text ? ParseDate(text.Value) : throw new GraphQLException("Date must be a string.")))
            .Resolve("Root", "entity", context => data.GetValueOrDefault(context.Argument<string>("id")!))
            .Resolve("Root", "search", context => data.Values
                .Where(entity => entity["name"] is string name && name.Contains(context.Argument<string>("text")!, StringComparison.Ordinal))
                .Take(context.Argument<int>("first"))
                .ToList())
            .Resolve("Root", "legacyName", _ => "old")
            .Resolve("Root", "echo", context => Describe(context.Arguments))
            .Resolve("Person", "titles", _ => new List<object?> { "市委书记", "市长" })
            .Resolve("Mutation", "rename", context =>
            {
                var entity = data[context.Argument<string>("id")!];
                entity["name"] = context.Argument<string>("name");
                return entity;
            });
        configure?.Invoke(builder);
        return builder.Build();
    }

    public static DocumentNode Parse(string query) => Parser.Parse(query);

    public static async Task<ExecutionResult> ExecuteAsync(
        string query,
        IReadOnlyDictionary<string, object?>? variables = null,
        GraphQLSchema? schema = null,
        ExecutionOptions? options = null) =>
        await Executor.ExecuteAsync(
            new ExecutionArgs(schema ?? Create(), Parser.Parse(query)) { VariableValues = variables, Options = options },
            TestContext.Current.CancellationToken);

    public static async Task<string> ExecuteToJsonAsync(string query, IReadOnlyDictionary<string, object?>? variables = null, GraphQLSchema? schema = null) =>
        ResponseWriter.ToJson(await ExecuteAsync(query, variables, schema));

    /// <summary>Arguments as text that shows each value's runtime type, so coercion tests can assert both.</summary>
    public static string Describe(object? value) => value switch
    {
        null => "null",
        string text => $"\"{text}\"",
        int integer => $"{integer}i",
        double number => number.ToString("R", CultureInfo.InvariantCulture) + "d",
        bool boolean => boolean ? "true" : "false",
        DateOnly date => "date:" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(", ", map.Select(entry => entry.Key + ": " + Describe(entry.Value))) + "}",
        System.Collections.IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Describe)) + "]",
        _ => value.ToString() ?? "",
    };

    private static object ParseDate(object? value) =>
        value is string text && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new GraphQLException($"Date cannot represent {Inspect.Value(value)}: expected yyyy-MM-dd.");

    private static Dictionary<string, Dictionary<string, object?>> Data()
    {
        var wujin = new Dictionary<string, object?> { ["__typename"] = "Place", ["id"] = "place:wujin", ["name"] = "武进", ["population"] = 1_600_000 };
        var changzhou = new Dictionary<string, object?> { ["__typename"] = "Place", ["id"] = "place:changzhou", ["name"] = "常州", ["population"] = null };
        var mayor = new Dictionary<string, object?> { ["__typename"] = "Person", ["id"] = "person:1", ["name"] = "张三", ["place"] = changzhou };
        var ghost = new Dictionary<string, object?> { ["__typename"] = "Person", ["id"] = "person:2", ["name"] = null, ["place"] = wujin };
        return new Dictionary<string, Dictionary<string, object?>>(StringComparer.Ordinal)
        {
            ["place:wujin"] = wujin,
            ["place:changzhou"] = changzhou,
            ["person:1"] = mayor,
            ["person:2"] = ghost,
        };
    }
}
