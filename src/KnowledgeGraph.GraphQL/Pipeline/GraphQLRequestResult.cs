using KnowledgeGraph.GraphQL.Execution;

namespace KnowledgeGraph.GraphQL.Pipeline;

/// <summary>The response to one request and how far the request got.</summary>
/// <param name="Response">The GraphQL response to send.</param>
/// <param name="Status">How far the request got; <see cref="GraphQLRequestStatus.Executed"/> exactly when the response has <c>data</c>.</param>
public sealed record GraphQLRequestResult(ExecutionResult Response, GraphQLRequestStatus Status);
