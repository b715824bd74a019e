namespace KnowledgeGraph.GraphQL.Pipeline;

/// <summary>How far a request got; the HTTP layer chooses its status code from it.</summary>
public enum GraphQLRequestStatus
{
    /// <summary>The request itself is malformed: no document text.</summary>
    BadRequest,

    /// <summary>The document is not valid GraphQL syntax.</summary>
    SyntaxError,

    /// <summary>The document is not valid against the schema.</summary>
    ValidationFailed,

    /// <summary>The operation may not run on this transport (a mutation over GET).</summary>
    OperationNotAllowed,

    /// <summary>Execution did not begin: the operation could not be chosen or the variables could not be coerced.</summary>
    RequestError,

    /// <summary>Execution began; the result holds <c>data</c> (possibly null) and any field errors.</summary>
    Executed,
}
