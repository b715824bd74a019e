namespace KnowledgeGraph.GraphQL.Pipeline;

/// <summary>What the host gives one request besides the request itself.</summary>
public sealed record GraphQLRequestContext
{
    /// <summary>A context for a request that may run any operation and has no context value or services.</summary>
    public static GraphQLRequestContext Default { get; } = new();

    /// <summary>The root value: the source of the root fields. Default null.</summary>
    public object? RootValue { get; init; }

    /// <summary>The application's per-request value, visible to resolvers as <c>ContextValue</c>. Default null.</summary>
    public object? ContextValue { get; init; }

    /// <summary>The request's services, visible to resolvers as <c>Services</c>. Default null.</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>
    /// False for transports that must not change state, such as HTTP GET: a mutation (or
    /// subscription) is then refused with <see cref="GraphQLRequestStatus.OperationNotAllowed"/>. Default true.
    /// </summary>
    public bool AllowMutations { get; init; } = true;
}
