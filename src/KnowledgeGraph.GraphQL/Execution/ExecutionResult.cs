namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// A response (spec section 7.1): <c>data</c> when execution started (null when a non-null root
/// field failed), and the errors in the order they occurred.
/// </summary>
public sealed record ExecutionResult
{
    private ExecutionResult(IReadOnlyDictionary<string, object?>? data, bool hasData, IReadOnlyList<GraphQLError> errors)
    {
        Data = data;
        HasData = hasData;
        Errors = errors;
    }

    /// <summary>The result of the operation's selection set, in document order; null when it failed as a whole.</summary>
    public IReadOnlyDictionary<string, object?>? Data { get; }

    /// <summary>False when the request failed before execution began: the response then carries no <c>data</c> entry.</summary>
    public bool HasData { get; }

    /// <summary>The errors, in the order raised.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>Response extensions, or null.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>A result of an executed operation.</summary>
    public static ExecutionResult FromData(IReadOnlyDictionary<string, object?>? data, IReadOnlyList<GraphQLError> errors) => new(data, true, errors);

    /// <summary>A request error: execution did not begin.</summary>
    public static ExecutionResult FromErrors(IReadOnlyList<GraphQLError> errors) => new(null, false, errors);
}
