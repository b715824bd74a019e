namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>How a request is executed.</summary>
public sealed record ExecutionOptions
{
    /// <summary>The defaults: messages of unexpected exceptions hidden, introspection on, 50 coercion errors at most.</summary>
    public static ExecutionOptions Default { get; } = new();

    /// <summary>
    /// When false (the default), an exception from a resolver that is not a <see cref="GraphQLException"/>
    /// is reported as <c>Unexpected error.</c> with code <c>INTERNAL_SERVER_ERROR</c>, so internal details
    /// do not leak to clients; when true, its message is reported instead (for development).
    /// </summary>
    public bool ExposeExceptionMessages { get; init; }

    /// <summary>When false, the <c>__schema</c> and <c>__type</c> fields fail with code <c>INTROSPECTION_DISABLED</c>. Default true.</summary>
    public bool EnableIntrospection { get; init; } = true;

    /// <summary>Most variable coercion errors reported before giving up on the request. Default 50, as graphql-js.</summary>
    public int MaxCoercionErrors { get; init; } = 50;

    /// <summary>
    /// Called with each unexpected resolver exception and the error that replaced it in the
    /// response, so the host can log what the client is not shown. Default: none.
    /// </summary>
    public Action<Exception, GraphQLError>? OnUnexpectedError { get; init; }
}
