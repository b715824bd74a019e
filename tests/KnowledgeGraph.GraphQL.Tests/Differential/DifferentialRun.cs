using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Pipeline;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Tests.Differential;

/// <summary>The verdict kinds both sides can give a case.</summary>
public enum VerdictKind
{
    SyntaxError,
    ValidationErrors,
    Result,

    /// <summary>A valid subscription: graphql-js validates it but does not execute it.</summary>
    ValidSubscription,
}

/// <summary>One case as both engines saw it, and what differs (null when they agree).</summary>
internal sealed record CaseComparison(CorpusCase Case, VerdictKind Oracle, VerdictKind Ours, string? Mismatch);

/// <summary>
/// Runs the whole corpus through our request pipeline and through graphql-js (given our printed
/// SDL, so both check the same schema), once per test run, and compares every case.
/// </summary>
internal static class DifferentialRun
{
    private static readonly Lazy<Task<IReadOnlyList<CaseComparison>>> Comparisons = new(RunAsync);

    public static Task<IReadOnlyList<CaseComparison>> GetAsync() => Comparisons.Value;

    private static async Task<IReadOnlyList<CaseComparison>> RunAsync()
    {
        var corpus = OracleCorpus.Default;
        var schemas = corpus.Schemas.Values.ToDictionary(schema => schema.Name, CorpusSchemas.Build, StringComparer.Ordinal);
        var printed = corpus.Schemas.Values.ToDictionary(schema => schema.Name, schema => schema with { Sdl = SchemaPrinter.PrintSchema(schemas[schema.Name]) }, StringComparer.Ordinal);
        var oracle = await OracleCorpus.RunOracleAsync(printed, corpus.Cases, CancellationToken.None);

        // graphql-js has no depth, field or cost limits: ours are off so that only the language and the spec decide.
        var options = new GraphQLRequestOptions { MaxDepth = null, MaxFields = null, MaxAliases = null, MaxCost = null };
        var executors = schemas.ToDictionary(entry => entry.Key, entry => new GraphQLRequestExecutor(entry.Value, options), StringComparer.Ordinal);
        var roots = corpus.Schemas.Values.ToDictionary(schema => schema.Name, CorpusSchemas.RootValue, StringComparer.Ordinal);
        var comparisons = new List<CaseComparison>(corpus.Cases.Count);
        foreach (var testCase in corpus.Cases)
        {
            var ours = await ExecuteAsync(executors[testCase.Schema], roots[testCase.Schema], testCase);
            comparisons.Add(Compare(testCase, oracle.Verdicts[testCase.Id], ours));
        }

        return comparisons;
    }

    private static async Task<GraphQLRequestResult> ExecuteAsync(GraphQLRequestExecutor executor, object? rootValue, CorpusCase testCase)
    {
        IReadOnlyDictionary<string, object?>? variables = null;
        if (testCase.Variables is not null)
        {
            using var json = JsonDocument.Parse(testCase.Variables.ToJsonString());
            variables = JsonInput.ToVariables(json.RootElement);
        }

        var request = new GraphQLRequest(testCase.Document, testCase.OperationName, variables);
        return await executor.ExecuteAsync(request, new GraphQLRequestContext { RootValue = rootValue }, CancellationToken.None);
    }

    private static CaseComparison Compare(CorpusCase testCase, OracleVerdict oracle, GraphQLRequestResult ours)
    {
        var oracleKind = oracle.SyntaxError is not null ? VerdictKind.SyntaxError
            : oracle.ValidationErrors is not null ? VerdictKind.ValidationErrors
            : oracle.Result is not null ? VerdictKind.Result
            : VerdictKind.ValidSubscription;
        var ourKind = ours.Status switch
        {
            GraphQLRequestStatus.SyntaxError => VerdictKind.SyntaxError,
            GraphQLRequestStatus.ValidationFailed => VerdictKind.ValidationErrors,
            _ => oracleKind == VerdictKind.ValidSubscription ? VerdictKind.ValidSubscription : VerdictKind.Result,
        };
        var ourJson = JsonNode.Parse(ResponseWriter.ToJson(ours.Response))!.AsObject();
        var mismatch = oracleKind != ourKind ? $"graphql-js gives {oracleKind}, we give {ourKind}: {ourJson.ToJsonString()}"
            : oracleKind switch
            {
                VerdictKind.SyntaxError => CompareErrors(ToJson([oracle.SyntaxError!]), ourJson["errors"]),
                VerdictKind.ValidationErrors => CompareErrors(ToJson(oracle.ValidationErrors!), ourJson["errors"]),
                VerdictKind.Result when testCase.Topic == "introspection" =>
                    CompareResults(IntrospectionNormalizer.Normalize(oracle.Result!).AsObject(), IntrospectionNormalizer.Normalize(ourJson).AsObject()),
                VerdictKind.Result => CompareResults(oracle.Result!, ourJson),
                _ => null,
            };
        return new CaseComparison(testCase, oracleKind, ourKind, mismatch);
    }

    /// <summary>The oracle's errors in the response's JSON shape, so that both sides are described alike.</summary>
    private static JsonArray ToJson(IReadOnlyList<OracleError> errors) => new(errors.Select(error => (JsonNode)new JsonObject
    {
        ["message"] = error.Message,
        ["locations"] = error.Locations.Count == 0 ? null : new JsonArray(error.Locations.Select(location => (JsonNode)new JsonObject { ["line"] = location.Line, ["column"] = location.Column }).ToArray()),
        ["path"] = error.Path?.DeepClone(),
    }).ToArray());

    private static string? CompareResults(JsonObject expected, JsonObject actual)
    {
        if (expected.ContainsKey("data") != actual.ContainsKey("data"))
        {
            return $"graphql-js {(expected.ContainsKey("data") ? "gives" : "gives no")} data; we give {actual.ToJsonString()}";
        }

        if (!JsonEquals(expected["data"], actual["data"]))
        {
            return $"data differs: graphql-js {expected["data"]?.ToJsonString() ?? "null"}, ours {actual["data"]?.ToJsonString() ?? "null"}";
        }

        return CompareErrors(expected["errors"], actual["errors"]);
    }

    /// <summary>Errors agree when they have the same messages, locations and paths, in order (extensions are ours to add).</summary>
    private static string? CompareErrors(JsonNode? expected, JsonNode? actual)
    {
        var expectedErrors = expected?.AsArray() ?? [];
        var actualErrors = actual?.AsArray() ?? [];
        var expectedText = string.Join(" | ", expectedErrors.Select(Describe));
        var actualText = string.Join(" | ", actualErrors.Select(Describe));
        return expectedText == actualText ? null : $"errors differ:\n  graphql-js: {expectedText}\n  ours:       {actualText}";
    }

    private static string Describe(JsonNode? error) =>
        $"{(string?)error!["message"]} @{error["locations"]?.ToJsonString() ?? "null"} path {error["path"]?.ToJsonString() ?? "null"}";

    /// <summary>JSON equality with objects compared by key and numbers by value (1 equals 1.0).</summary>
    private static bool JsonEquals(JsonNode? expected, JsonNode? actual) => (expected, actual) switch
    {
        (null, null) => true,
        (JsonObject left, JsonObject right) => left.Count == right.Count && left.All(entry => right.TryGetPropertyValue(entry.Key, out var other) && JsonEquals(entry.Value, other)),
        (JsonArray left, JsonArray right) => left.Count == right.Count && left.Zip(right).All(pair => JsonEquals(pair.First, pair.Second)),
        (JsonValue left, JsonValue right) when left.GetValueKind() == JsonValueKind.Number && right.GetValueKind() == JsonValueKind.Number =>
            left.GetValue<double>() == right.GetValue<double>(),
        (JsonValue left, JsonValue right) => left.ToJsonString() == right.ToJsonString(),
        _ => false,
    };
}
