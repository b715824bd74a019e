using System.Text.Json;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Tests.Differential;

/// <summary>
/// Builds our schema for a corpus schema with resolvers that follow the oracle's data
/// conventions exactly (tests/graphql-oracle/README.md, "Resolver and data conventions").
/// </summary>
internal static class CorpusSchemas
{
    private const string ErrorMarker = "$error";
    private const string EchoArgsMarker = "$echoArgs";

    public static GraphQLSchema Build(CorpusSchema corpusSchema)
    {
        var shape = new SchemaBuilder().AddSdl(corpusSchema.Sdl).Build();
        var builder = new SchemaBuilder().AddSdl(corpusSchema.Sdl);
        foreach (var type in shape.TypeMap.Values.Where(type => !type.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            switch (type)
            {
                case GraphQLObjectType objectType:
                    builder.Object(objectType.Name, definition =>
                    {
                        foreach (var field in objectType.Fields.Keys)
                        {
                            definition.Resolve(field, ResolveField);
                        }
                    });
                    break;
                case GraphQLInterfaceType or GraphQLUnionType:
                    builder.ResolveType(type.Name, (value, _) =>
                        value is IReadOnlyDictionary<string, object?> map ? map.GetValueOrDefault("__typename") as string : null);
                    break;
            }
        }

        return builder.Build();
    }

    /// <summary>The root value of a corpus schema as runtime values.</summary>
    public static object? RootValue(CorpusSchema corpusSchema)
    {
        using var json = JsonDocument.Parse(corpusSchema.RootValue.ToJsonString());
        return JsonInput.ToValue(json.RootElement);
    }

    /// <summary>The default resolver plus the markers: the parent's property named like the field.</summary>
    private static object? ResolveField(IResolveContext context)
    {
        if (context.Source is not IReadOnlyDictionary<string, object?> parent || !parent.TryGetValue(context.FieldDefinition.Name, out var value))
        {
            return null;
        }

        if (IsMarker(value, ErrorMarker, out var message))
        {
            throw new GraphQLException(message);
        }

        return IsMarker(value, EchoArgsMarker, out _) ? EchoArguments(context) : ListItemValue(value);
    }

    /// <summary>
    /// An error marker among the items of a list (at any depth) becomes an exception in its place,
    /// which fails only that item when completed, as the oracle's <c>Error</c> items do in graphql-js.
    /// </summary>
    private static object? ListItemValue(object? value) => value switch
    {
        IReadOnlyList<object?> items => items.Select(item => IsMarker(item, ErrorMarker, out var message) ? new GraphQLException(message) : ListItemValue(item)).ToList(),
        _ => value,
    };

    /// <summary>The coerced arguments that have a value, in definition order.</summary>
    private static OrderedDictionary<string, object?> EchoArguments(IResolveContext context)
    {
        var echoed = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var argument in context.FieldDefinition.Arguments)
        {
            if (context.Arguments.TryGetValue(argument.Name, out var value))
            {
                echoed[argument.Name] = value;
            }
        }

        return echoed;
    }

    private static bool IsMarker(object? value, string marker, out string message)
    {
        if (value is IReadOnlyDictionary<string, object?> { Count: 1 } map && map.TryGetValue(marker, out var content))
        {
            message = content?.ToString() ?? "null";
            return true;
        }

        message = "";
        return false;
    }
}
