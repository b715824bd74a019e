using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Tests.Execution;

/// <summary>A code-first schema whose <c>echo</c> field shows its coerced arguments with their runtime types.</summary>
internal static class CoercionSchema
{
    public static GraphQLSchema Create() => new SchemaBuilder()
        .Enum("Color", e => e.Value("RED", 1).Value("GREEN", 2))
        .InputObject("Point", i => i.Field("x", "Int!").Field("y", "Int", f => f.DefaultValue(0)))
        .Object("Query", type => type
            .Field("echo", "String", field => field
                .Argument("int", "Int")
                .Argument("float", "Float")
                .Argument("string", "String")
                .Argument("bool", "Boolean")
                .Argument("id", "ID")
                .Argument("color", "Color")
                .Argument("list", "[Int!]")
                .Argument("point", "Point")
                .Argument("required", "Int!", a => a.DefaultValue(7))
                .Resolve(context => TestSchema.Describe(context.Arguments)))
            .Field("items", "[String!]", field => field.Resolve(_ => new List<object?> { "a", null, "c" }))
            .Field("strict", "[String!]!", field => field.Resolve(_ => new List<object?> { "a", null }))
            .Field("loose", "[String]", field => field.Resolve(_ => new List<object?> { "a", null }))
            .Field("nested", "Outer", field => field.Resolve(_ => new Dictionary<string, object?>
            {
                ["inner"] = new Dictionary<string, object?> { ["value"] = null },
                ["other"] = "x",
            })))
        .Object("Outer", type => type.Field("inner", "Inner!").Field("other", "String"))
        .Object("Inner", type => type.Field("value", "String!"))
        .Build();
}
