using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>Everything a request needs to execute (spec ExecuteRequest's inputs, plus the host's context).</summary>
public sealed record ExecutionArgs
{
    /// <summary>Creates the arguments for executing <paramref name="document"/> against <paramref name="schema"/>.</summary>
    public ExecutionArgs(GraphQLSchema schema, DocumentNode document)
    {
        Schema = schema;
        Document = document;
    }

    /// <summary>The schema.</summary>
    public GraphQLSchema Schema { get; init; }

    /// <summary>The parsed (and normally validated) document.</summary>
    public DocumentNode Document { get; init; }

    /// <summary>Which operation to run; may be null when the document has exactly one.</summary>
    public string? OperationName { get; init; }

    /// <summary>Raw variable values as JSON-like runtime values (see <see cref="JsonInput"/>); null for none.</summary>
    public IReadOnlyDictionary<string, object?>? VariableValues { get; init; }

    /// <summary>The root value: the source of root fields.</summary>
    public object? RootValue { get; init; }

    /// <summary>The application's per-request context, visible to resolvers as <see cref="IResolveContext.ContextValue"/>.</summary>
    public object? ContextValue { get; init; }

    /// <summary>The request's services, visible to resolvers as <see cref="IResolveContext.Services"/>.</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>Execution options; <see cref="ExecutionOptions.Default"/> when null.</summary>
    public ExecutionOptions? Options { get; init; }
}
