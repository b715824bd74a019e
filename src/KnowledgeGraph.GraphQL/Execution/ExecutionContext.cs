using System.Collections.Concurrent;
using KnowledgeGraph.GraphQL.DataLoader;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>The state of one executing request, shared by all its fields.</summary>
internal sealed class ExecutionContext
{
    private readonly List<GraphQLError> _errors = [];

    public required GraphQLSchema Schema { get; init; }

    public required OperationDefinitionNode Operation { get; init; }

    public required IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; init; }

    public required IReadOnlyDictionary<string, object?> VariableValues { get; init; }

    public required ExecutionArgs Args { get; init; }

    public required ExecutionOptions Options { get; init; }

    public required CancellationToken CancellationToken { get; init; }

    public ConcurrentDictionary<string, object?> Items { get; } = new(StringComparer.Ordinal);

    /// <summary>The subfields collected so far, by object type and field nodes (<see cref="FieldCollector.CollectSubfields"/>).</summary>
    public ConcurrentDictionary<SubfieldsKey, OrderedDictionary<string, List<FieldNode>>> Subfields { get; } = new();

    /// <summary>The request's data loaders; resolvers find them in <see cref="Items"/>.</summary>
    public DataLoaderScope DataLoaders { get; } = new();

    public ExecutionContext() => Items[DataLoaderScope.ItemsKey] = DataLoaders;

    /// <summary>Fields run concurrently, so errors are recorded under a lock, in the order they occur.</summary>
    public void AddError(GraphQLError error)
    {
        lock (_errors)
        {
            _errors.Add(error);
        }
    }

    public IReadOnlyList<GraphQLError> Errors()
    {
        lock (_errors)
        {
            return _errors.ToList();
        }
    }
}
