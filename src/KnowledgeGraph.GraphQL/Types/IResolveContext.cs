using System.Collections.Concurrent;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>
/// What a resolver knows about the field it resolves: graphql-js's (source, args, context, info)
/// in one object.
/// </summary>
public interface IResolveContext
{
    /// <summary>The parent value: the object whose field is being resolved (the root value for root fields).</summary>
    object? Source { get; }

    /// <summary>The coerced argument values; an argument neither given nor defaulted is absent.</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The field being resolved.</summary>
    GraphQLField FieldDefinition { get; }

    /// <summary>The object type the field belongs to.</summary>
    GraphQLObjectType ParentType { get; }

    /// <summary>The field's selections in the document (several when merged by response key).</summary>
    IReadOnlyList<FieldNode> FieldNodes { get; }

    /// <summary>The path of the field in the response.</summary>
    ResponsePath Path { get; }

    /// <summary>The schema.</summary>
    GraphQLSchema Schema { get; }

    /// <summary>The operation being executed.</summary>
    OperationDefinitionNode Operation { get; }

    /// <summary>The document's fragments by name.</summary>
    IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    /// <summary>The coerced variable values.</summary>
    IReadOnlyDictionary<string, object?> VariableValues { get; }

    /// <summary>The root value given to the request.</summary>
    object? RootValue { get; }

    /// <summary>The application's per-request context value given to the request.</summary>
    object? ContextValue { get; }

    /// <summary>The request's service provider, or null when none was given.</summary>
    IServiceProvider? Services { get; }

    /// <summary>A bag shared by all resolvers of one request (for data loaders and the like); safe for concurrent use.</summary>
    ConcurrentDictionary<string, object?> Items { get; }

    /// <summary>Signals that the request was abandoned.</summary>
    CancellationToken CancellationToken { get; }

    /// <summary>The argument <paramref name="name"/> converted to <typeparamref name="T"/>, or default when absent or null.</summary>
    /// <exception cref="InvalidCastException">The value is not a <typeparamref name="T"/> and cannot be converted to it.</exception>
    T? Argument<T>(string name);

    /// <summary>The source as <typeparamref name="T"/>.</summary>
    /// <exception cref="InvalidCastException">The source is not a <typeparamref name="T"/>.</exception>
    T SourceAs<T>();
}
