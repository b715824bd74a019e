using System.Collections.ObjectModel;
using System.Collections.Concurrent;
using System.Globalization;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>The resolver's view of one field execution.</summary>
internal sealed class ResolveContext(
    ExecutionContext execution,
    object? source,
    GraphQLField field,
    GraphQLObjectType parentType,
    IReadOnlyList<FieldNode> fieldNodes,
    ResponsePath path) : IResolveContext
{
    public object? Source { get; } = source;

    public IReadOnlyDictionary<string, object?> Arguments { get; set; } = ReadOnlyDictionary<string, object?>.Empty;

    public GraphQLField FieldDefinition { get; } = field;

    public GraphQLObjectType ParentType { get; } = parentType;

    public IReadOnlyList<FieldNode> FieldNodes { get; } = fieldNodes;

    public ResponsePath Path { get; } = path;

    public GraphQLSchema Schema => execution.Schema;

    public OperationDefinitionNode Operation => execution.Operation;

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments => execution.Fragments;

    public IReadOnlyDictionary<string, object?> VariableValues => execution.VariableValues;

    public object? RootValue => execution.Args.RootValue;

    public object? ContextValue => execution.Args.ContextValue;

    public IServiceProvider? Services => execution.Args.Services;

    public ConcurrentDictionary<string, object?> Items => execution.Items;

    public CancellationToken CancellationToken => execution.CancellationToken;

    public T? Argument<T>(string name)
    {
        if (!Arguments.TryGetValue(name, out var value) || value is null)
        {
            return default;
        }

        if (value is T typed)
        {
            return typed;
        }

        // Numbers arrive as int or double; let callers read them as any numeric type.
        return value is IConvertible && typeof(T).IsPrimitive
            ? (T)Convert.ChangeType(value, typeof(T), CultureInfo.InvariantCulture)
            : throw new InvalidCastException($"Argument \"{name}\" is a {value.GetType().Name}, not a {typeof(T).Name}.");
    }

    public T SourceAs<T>() => Source is T typed
        ? typed
        : throw new InvalidCastException($"The source of {ParentType.Name}.{FieldDefinition.Name} is {Source?.GetType().Name ?? "null"}, not a {typeof(T).Name}.");
}
