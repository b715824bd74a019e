using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>ExecuteSelectionSet, ExecuteField and ResolveFieldValue (spec sections 6.3 and 6.4).</summary>
public static partial class Executor
{
    /// <summary>
    /// ExecuteSelectionSet in "normal" (parallel-allowed) mode: every field is started before any
    /// is awaited, and results are assembled in document order. Once a field fails synchronously
    /// with a propagating null, no further sibling is started, as in graphql-js.
    /// </summary>
    private static async ValueTask<object?> ExecuteFields(
        ExecutionContext context, GraphQLObjectType objectType, object? source, ResponsePath? path, OrderedDictionary<string, List<FieldNode>> fields)
    {
        var started = new List<(string Key, ValueTask<object?> Value)>(fields.Count);
        foreach (var (responseKey, fieldNodes) in fields)
        {
            var value = ExecuteField(context, objectType, source, fieldNodes, ResponsePath.Field(path, responseKey, objectType.Name));
            started.Add((responseKey, value));
            if (value.IsCompletedSuccessfully && ReferenceEquals(value.Result, PropagatedNull))
            {
                break;
            }
        }

        var result = new OrderedDictionary<string, object?>(started.Count, StringComparer.Ordinal);
        var propagate = false;
        foreach (var (responseKey, pending) in started)
        {
            var value = await pending.ConfigureAwait(false);
            propagate |= ReferenceEquals(value, PropagatedNull);
            if (!ReferenceEquals(value, Omitted))
            {
                result[responseKey] = value;
            }
        }

        return propagate ? PropagatedNull : result;
    }

    /// <summary>ExecuteSelectionSet in serial mode, for mutations: each field completes before the next starts.</summary>
    private static async ValueTask<object?> ExecuteFieldsSerially(
        ExecutionContext context, GraphQLObjectType objectType, object? source, ResponsePath? path, OrderedDictionary<string, List<FieldNode>> fields)
    {
        var result = new OrderedDictionary<string, object?>(fields.Count, StringComparer.Ordinal);
        foreach (var (responseKey, fieldNodes) in fields)
        {
            var value = await ExecuteField(context, objectType, source, fieldNodes, ResponsePath.Field(path, responseKey, objectType.Name)).ConfigureAwait(false);
            if (ReferenceEquals(value, PropagatedNull))
            {
                return PropagatedNull;
            }

            if (!ReferenceEquals(value, Omitted))
            {
                result[responseKey] = value;
            }
        }

        return result;
    }

    /// <summary>
    /// ExecuteField: coerces arguments, resolves, completes. An error here is recorded once, at
    /// its origin; the field then becomes null, or <see cref="PropagatedNull"/> when it is non-null.
    /// </summary>
    private static async ValueTask<object?> ExecuteField(
        ExecutionContext context, GraphQLObjectType objectType, object? source, List<FieldNode> fieldNodes, ResponsePath path)
    {
        context.CancellationToken.ThrowIfCancellationRequested();
        var field = TypeInfo.GetFieldDefinition(context.Schema, objectType, fieldNodes[0].Name.Value);
        if (field is null)
        {
            return Omitted;
        }

        var resolveContext = new ResolveContext(context, source, field, objectType, fieldNodes, path);
        try
        {
            EnsureIntrospectionAllowed(context, field);
            resolveContext.Arguments = ValueCoercion.CoerceArgumentValues(field.Arguments, fieldNodes[0].Arguments, fieldNodes[0], context.VariableValues);
            var resolved = await ResolveFieldValue(field, resolveContext).ConfigureAwait(false);
            var completed = await CompleteValue(context, field.Type, resolveContext, path, resolved).ConfigureAwait(false);
            return ReferenceEquals(completed, PropagatedNull) && field.Type is not GraphQLNonNull ? null : completed;
        }
        catch (Exception exception) when (!IsCancellation(context, exception))
        {
            return HandleFieldError(context, exception, fieldNodes, path, field.Type);
        }
    }

    /// <summary>ResolveFieldValue: the field's resolver, or the default one reading a string-keyed dictionary.</summary>
    private static ValueTask<object?> ResolveFieldValue(GraphQLField field, ResolveContext resolveContext)
    {
        if (field.Resolver is { } resolver)
        {
            return resolver(resolveContext);
        }

        var value = resolveContext.Source is IReadOnlyDictionary<string, object?> map ? map.GetValueOrDefault(field.Name) : null;
        return ValueTask.FromResult(value);
    }

    /// <summary>Records the error; the position becomes null, which a non-null type propagates upward.</summary>
    private static object? HandleFieldError(ExecutionContext context, Exception exception, IReadOnlyList<Node> nodes, ResponsePath path, GraphQLType type)
    {
        context.AddError(ToError(context, exception, nodes, path));
        return type is GraphQLNonNull ? PropagatedNull : null;
    }

    private static bool IsCancellation(ExecutionContext context, Exception exception) =>
        exception is OperationCanceledException && context.CancellationToken.IsCancellationRequested;

    private static void EnsureIntrospectionAllowed(ExecutionContext context, GraphQLField field)
    {
        if (!context.Options.EnableIntrospection &&
            (ReferenceEquals(field, Introspection.SchemaMetaField) || ReferenceEquals(field, Introspection.TypeMetaField)))
        {
            throw new GraphQLException(
                $"GraphQL introspection has been disabled, but the requested query contained the field \"{field.Name}\".",
                ErrorCodes.IntrospectionDisabled);
        }
    }
}
