using BenchmarkDotNet.Attributes;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Pipeline;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Validation;

namespace KnowledgeGraph.Benchmarks;

/// <summary>Parse, validate and execute a small query and GraphiQL's introspection query, each step alone and through the pipeline with and without its document cache.</summary>
[MemoryDiagnoser]
public class GraphQLBenchmarks
{
    private GraphQLSchema _schema = null!;
    private DocumentNode _document = null!;
    private GraphQLRequestExecutor _cached = null!;
    private GraphQLRequestExecutor _uncached = null!;
    private ValidationOptions _validationOptions = null!;
    private GraphQLRequest _request = null!;

    /// <summary>Which query: <c>small</c> (a hero and ten friends) or <c>introspection</c> (GraphiQL's full query).</summary>
    [Params("small", "introspection")]
    public string Query { get; set; } = "small";

    /// <summary>Builds the schema, parses the query and warms both pipelines.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _schema = BenchmarkSchema.Create();
        var text = Query == "small" ? BenchmarkSchema.SmallQuery : BenchmarkSchema.LargeQuery;
        _document = Parser.Parse(text);
        var options = new GraphQLRequestOptions();
        _validationOptions = DocumentValidation.OptionsFor(options);
        _cached = new GraphQLRequestExecutor(_schema, options);
        _uncached = new GraphQLRequestExecutor(_schema, new GraphQLRequestOptions { DocumentCacheSize = 0 });
        _request = new GraphQLRequest(text, Variables: Query == "small" ? BenchmarkSchema.SmallVariables : null);
    }

    /// <summary>Parsing alone.</summary>
    [Benchmark]
    public DocumentNode Parse() => Parser.Parse(_request.Query!);

    /// <summary>Validation alone, with the pipeline's default limits.</summary>
    [Benchmark]
    public int Validate() => DocumentValidator.Validate(_schema, _document, _validationOptions).Count;

    /// <summary>Execution alone, of the parsed document.</summary>
    [Benchmark]
    public Task<ExecutionResult> Execute() =>
        Executor.ExecuteAsync(new ExecutionArgs(_schema, _document) { VariableValues = _request.Variables });

    /// <summary>The whole pipeline, the document served from the cache.</summary>
    [Benchmark(Baseline = true)]
    public Task<GraphQLRequestResult> PipelineCached() => _cached.ExecuteAsync(_request);

    /// <summary>The whole pipeline, parsing and validating every time.</summary>
    [Benchmark]
    public Task<GraphQLRequestResult> PipelineUncached() => _uncached.ExecuteAsync(_request);
}
