namespace KnowledgeGraph.GraphQL;

/// <summary>The <c>extensions.code</c> values the engine puts on the errors it raises.</summary>
public static class ErrorCodes
{
    /// <summary>The document is not valid GraphQL syntax.</summary>
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    /// <summary>The document failed validation against the schema.</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>Variables or arguments could not be coerced to their types.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>The operation to run could not be determined, or its type is not supported.</summary>
    public const string OperationResolutionFailure = "OPERATION_RESOLUTION_FAILURE";

    /// <summary>An operation's estimated cost is above <see cref="Execution.ExecutionOptions.MaxCost"/>.</summary>
    public const string MaxCostExceeded = "MAX_COST_EXCEEDED";

    /// <summary>Introspection was queried while it is switched off.</summary>
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";

    /// <summary>A resolver failed unexpectedly, or the engine met an inconsistency.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
}
