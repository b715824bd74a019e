using System.Runtime.ExceptionServices;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>CompleteValue and ResolveAbstractType (spec sections 6.4.3 and 6.4.4).</summary>
public static partial class Executor
{
    /// <summary>
    /// CompleteValue: shapes a resolved value by its type. Errors at this position are thrown;
    /// errors at list items are handled per item; a propagating null comes back as <see cref="PropagatedNull"/>.
    /// A value that is an exception is raised here, as graphql-js raises an <c>Error</c> value, so a
    /// resolver can fail one item of a list by putting the exception in its place.
    /// </summary>
    private static ValueTask<object?> CompleteValue(ExecutionContext context, GraphQLType type, ResolveContext field, ResponsePath path, object? result)
    {
        if (result is Exception error)
        {
            ExceptionDispatchInfo.Throw(error);
        }

        if (type is GraphQLNonNull nonNull)
        {
            return result is null
                ? throw new GraphQLException($"Cannot return null for non-nullable field {field.ParentType.Name}.{field.FieldDefinition.Name}.", ErrorCodes.InternalServerError)
                : CompleteValue(context, nonNull.OfType, field, path, result);
        }

        if (result is null)
        {
            return ValueTask.FromResult<object?>(null);
        }

        return type switch
        {
            GraphQLList list => CompleteListValue(context, list.OfType, field, path, result),
            GraphQLScalarType scalar => ValueTask.FromResult(CompleteLeafValue(scalar.Name, scalar.Serialize(result))),
            GraphQLEnumType enumType => ValueTask.FromResult(CompleteLeafValue(enumType.Name, enumType.Serialize(result))),
            GraphQLObjectType objectType => CompleteObjectValue(context, objectType, field, path, result),
            GraphQLNamedType abstractType when abstractType.IsAbstractType() =>
                CompleteObjectValue(context, ResolveAbstractType(context, abstractType, field, result), field, path, result),
            _ => throw new GraphQLException($"Cannot complete a value of type \"{type}\".", ErrorCodes.InternalServerError),
        };
    }

    private static async ValueTask<object?> CompleteListValue(ExecutionContext context, GraphQLType itemType, ResolveContext field, ResponsePath path, object result)
    {
        if (!InputCoercion.IsList(result))
        {
            throw new GraphQLException(
                $"Expected Iterable, but did not find one for field \"{field.ParentType.Name}.{field.FieldDefinition.Name}\".",
                ErrorCodes.InternalServerError);
        }

        var started = new List<ValueTask<object?>>();
        var index = 0;
        foreach (var item in (System.Collections.IEnumerable)result)
        {
            var completion = CompleteListItem(context, itemType, field, ResponsePath.Index(path, index++), item);
            started.Add(completion);
            if (completion.IsCompletedSuccessfully && ReferenceEquals(completion.Result, PropagatedNull))
            {
                break;
            }
        }

        var completed = new List<object?>(started.Count);
        var propagate = false;
        foreach (var pending in started)
        {
            var value = await pending.ConfigureAwait(false);
            propagate |= ReferenceEquals(value, PropagatedNull);
            completed.Add(value);
        }

        return propagate ? PropagatedNull : completed;
    }

    /// <summary>Completes one item; like a field, an error makes it null, or propagates when the item type is non-null.</summary>
    private static async ValueTask<object?> CompleteListItem(ExecutionContext context, GraphQLType itemType, ResolveContext field, ResponsePath itemPath, object? item)
    {
        try
        {
            var completed = await CompleteValue(context, itemType, field, itemPath, item).ConfigureAwait(false);
            return ReferenceEquals(completed, PropagatedNull) && itemType is not GraphQLNonNull ? null : completed;
        }
        catch (Exception exception) when (!IsCancellation(context, exception))
        {
            return HandleFieldError(context, exception, field.FieldNodes, itemPath, itemType);
        }
    }

    /// <summary>Insists that a serialized leaf is a value the response writer can write.</summary>
    private static object? CompleteLeafValue(string typeName, object? serialized) =>
        serialized is null || !ResponseWriter.IsWritable(serialized)
            ? throw new GraphQLException(
                $"Expected `{typeName}.serialize()` to return a JSON-compatible, non-null value, returned: {Inspect.Value(serialized)}",
                ErrorCodes.InternalServerError)
            : serialized;

    private static ValueTask<object?> CompleteObjectValue(ExecutionContext context, GraphQLObjectType objectType, ResolveContext field, ResponsePath path, object result)
    {
        if (objectType.IsTypeOf is { } isTypeOf && !isTypeOf(result, field))
        {
            throw new GraphQLException($"Expected value of type \"{objectType.Name}\" but got: {Inspect.Value(result)}.", ErrorCodes.InternalServerError);
        }

        return ExecuteFields(context, objectType, result, path, FieldCollector.CollectSubfields(context, objectType, field.FieldNodes));
    }

    /// <summary>ResolveAbstractType: the type's ResolveType, else <c>__typename</c> of a dictionary, else the possible types' IsTypeOf.</summary>
    private static GraphQLObjectType ResolveAbstractType(ExecutionContext context, GraphQLNamedType abstractType, ResolveContext field, object result)
    {
        var resolveType = abstractType switch
        {
            GraphQLInterfaceType iface => iface.ResolveType,
            GraphQLUnionType union => union.ResolveType,
            _ => null,
        };
        var typeName = resolveType is not null ? resolveType(result, field) : DefaultTypeResolver(context, abstractType, field, result);
        if (typeName is null)
        {
            throw new GraphQLException(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{field.ParentType.Name}.{field.FieldDefinition.Name}\". " +
                $"Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.",
                ErrorCodes.InternalServerError);
        }

        return context.Schema.GetType(typeName) switch
        {
            null => throw new GraphQLException(
                $"Abstract type \"{abstractType.Name}\" was resolved to a type \"{typeName}\" that does not exist inside the schema.", ErrorCodes.InternalServerError),
            GraphQLObjectType runtimeType when context.Schema.IsSubType(abstractType, runtimeType) => runtimeType,
            GraphQLObjectType runtimeType => throw new GraphQLException(
                $"Runtime Object type \"{runtimeType.Name}\" is not a possible type for \"{abstractType.Name}\".", ErrorCodes.InternalServerError),
            _ => throw new GraphQLException(
                $"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{typeName}\".", ErrorCodes.InternalServerError),
        };
    }

    private static string? DefaultTypeResolver(ExecutionContext context, GraphQLNamedType abstractType, ResolveContext field, object result)
    {
        if (result is IReadOnlyDictionary<string, object?> map && map.GetValueOrDefault("__typename") is string typeName)
        {
            return typeName;
        }

        return context.Schema.GetPossibleTypes(abstractType).FirstOrDefault(type => type.IsTypeOf?.Invoke(result, field) == true)?.Name;
    }
}
