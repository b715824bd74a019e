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

    /// <summary>
    /// The highest estimated cost (<see cref="OperationCost"/>) an operation may have; null (the
    /// default) for no limit. Measured once the variables are coerced, before anything runs; an
    /// operation above it is refused with code <c>MAX_COST_EXCEEDED</c>, a message that names the
    /// argument whose lowering cuts the cost most, and <c>extensions</c> <c>cost</c>, <c>maxCost</c>,
    /// <c>path</c> and <c>argument</c>. Must be at least 1.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 1.</exception>
    public int? MaxCost
    {
        get;
        init => field = value is null or >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxCost), value, "The maximum cost must be at least 1, or null for no limit.");
    }

    /// <summary>The number of items the cost model assumes for a list that nothing bounds (see <see cref="Types.FieldCost"/>). Default 10; at least 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 1.</exception>
    public int DefaultListSize
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(DefaultListSize), value, "The default list size must be at least 1.");
    } = OperationCost.DefaultListSize;

    /// <summary>Most variable coercion errors reported before giving up on the request. Default 50, as graphql-js.</summary>
    public int MaxCoercionErrors { get; init; } = 50;

    /// <summary>
    /// Called with each unexpected resolver exception and the error that replaced it in the
    /// response, so the host can log what the client is not shown. Default: none.
    /// </summary>
    public Action<Exception, GraphQLError>? OnUnexpectedError { get; init; }
}
