using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using KnowledgeGraph.Api.GraphQL;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary>The knowledge-graph schema over an in-memory store holding <see cref="SampleGraph"/>, queried without HTTP.</summary>
internal sealed class GraphQLHarness
{
    private GraphQLHarness(InMemoryGraphStore store)
    {
        Store = store;
        Schema = KnowledgeGraphSchema.Build(new GraphQueryService(store, GraphSchema.Default), store, GraphSchema.Default);
    }

    public InMemoryGraphStore Store { get; }

    public GraphQLSchema Schema { get; }

    /// <summary>The sample graph, plus any further facts a test needs (they may cite the sample's sources).</summary>
    public static async Task<GraphQLHarness> SampleAsync(GraphChangeSet? extra = null)
    {
        var store = await SampleGraph.InMemoryAsync();
        if (extra is not null)
        {
            await store.ApplyAsync(extra, CancellationToken.None);
        }

        return new GraphQLHarness(store);
    }

    /// <summary>The sample graph plus a government body that is also called 常州, so that the name 常州 names two entities.</summary>
    public static Task<GraphQLHarness> WithAmbiguousNameAsync() =>
        SampleAsync(new GraphChangeSet { UpsertEntities = [new Entity("org:changzhou-gov", "GOVERNMENT_BODY", "常州市人民政府") { Aliases = ["常州"] }] });

    /// <summary>Executes a document and returns the whole response as JSON: <c>data</c> and <c>errors</c>.</summary>
    public async Task<JsonObject> RunAsync(string document, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var result = await Executor.ExecuteAsync(Schema, Parser.Parse(document), variableValues: variables, cancellationToken: TestContext.Current.CancellationToken);
        return JsonNode.Parse(ResponseWriter.ToJson(result))!.AsObject();
    }

    /// <summary>Executes a document that must succeed, and returns its <c>data</c>.</summary>
    public async Task<JsonNode> DataAsync(string document, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var response = await RunAsync(document, variables);
        response["errors"].Should().BeNull("the query is valid: {0}", response.Compact());
        return response["data"]!;
    }

    /// <summary>Executes a document that must fail with exactly one error, and returns that error.</summary>
    public async Task<JsonNode> ErrorAsync(string document, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var response = await RunAsync(document, variables);
        var errors = response["errors"]?.AsArray() ?? [];
        errors.Should().HaveCount(1, "the query should fail with one error: {0}", response.Compact());
        return errors[0]!;
    }
}

/// <summary>Reads JSON results tersely.</summary>
internal static class Json
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The JSON on one line, Chinese as it is rather than escaped.</summary>
    public static string Compact(this JsonNode? node) => node?.ToJsonString(Readable) ?? "null";

    public static List<string> Strings(this JsonNode? array, string property) =>
        [.. array!.AsArray().Select(item => item![property]!.GetValue<string>())];

    public static string Text(this JsonNode? node) => node!.GetValue<string>();
}
