using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace KnowledgeGraph.Api.Tests.Playground;

/// <summary>
/// Stands in for the GraphQL endpoint at the playground's path. A POST of GraphiQL's
/// introspection query gets the contract's introspection; a POST of the default example with
/// its variables gets a fixed result; anything else gets a GraphQL error saying what came.
/// A GET gets a JSON answer, so that tests can tell it from the page.
/// </summary>
internal static class FakeGraphQLEndpoint
{
    public const string ExampleOperation = "ShenzhenPartnersOfWujin";
    public const string GetAnswer = """{"errors":[{"message":"answered by the GraphQL endpoint"}]}""";
    public const string JsonMediaType = "application/graphql-response+json";

    private const string IntrospectionOperation = "IntrospectionQuery";
    private const string ContractFolder = "tests/KnowledgeGraph.Api.Tests/Playground/Contract";

    public static string Introspection { get; } = ReadContractFile("introspection.json");

    public static string ExampleResult { get; } = ReadContractFile($"{ExampleOperation}.result.json");

    public static void MapFakeGraphQL(this IEndpointRouteBuilder endpoints, string path)
    {
        endpoints.MapGet(path, () => TypedResults.Content(GetAnswer, JsonMediaType));
        endpoints.MapPost(path, async (HttpRequest request) => Answer(await JsonNode.ParseAsync(request.Body)));
    }

    private static IResult Answer(JsonNode? body)
    {
        var operationName = body?["operationName"]?.GetValue<string>();
        var variables = body?["variables"];
        if (operationName == IntrospectionOperation)
        {
            return TypedResults.Content(Introspection, JsonMediaType);
        }

        if (operationName == ExampleOperation
            && variables?["city"]?.GetValue<string>() == "深圳"
            && variables["linkedTo"]?.GetValue<string>() == "武进")
        {
            return TypedResults.Content(ExampleResult, JsonMediaType);
        }

        var message = $"The test endpoint answers only {IntrospectionOperation} and {ExampleOperation}; it got operation '{operationName}' with variables {variables?.ToJsonString() ?? "null"}.";
        return TypedResults.Content(JsonSerializer.Serialize(new { errors = new[] { new { message } } }), JsonMediaType, statusCode: StatusCodes.Status400BadRequest);
    }

    private static string ReadContractFile(string name) =>
        File.ReadAllText(RepositoryFiles.PathOf(Path.Combine(ContractFolder, name)));
}
