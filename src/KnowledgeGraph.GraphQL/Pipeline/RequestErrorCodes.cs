namespace KnowledgeGraph.GraphQL.Pipeline;

/// <summary>The <c>extensions.code</c> values of errors the request pipeline and its HTTP endpoint raise themselves.</summary>
public static class RequestErrorCodes
{
    /// <summary>The request is malformed: no document, parameters of the wrong type, a body that is not a JSON object.</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>Execution ran longer than <see cref="GraphQLRequestOptions.ExecutionTimeout"/> and was abandoned.</summary>
    public const string ExecutionTimeout = "EXECUTION_TIMEOUT";

    /// <summary>The operation may not run on this transport, such as a mutation sent with HTTP GET.</summary>
    public const string OperationNotAllowed = "OPERATION_NOT_ALLOWED";
}
