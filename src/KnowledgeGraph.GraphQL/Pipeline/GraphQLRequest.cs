namespace KnowledgeGraph.GraphQL.Pipeline;

/// <summary>
/// One GraphQL request as a client sends it (GraphQL-over-HTTP's request parameters): the
/// document text, the operation to run, and the variables already converted from JSON
/// (see <see cref="Execution.JsonInput"/>).
/// </summary>
/// <param name="Query">The document text; null or empty is a bad request.</param>
/// <param name="OperationName">The operation to run; null when the document has exactly one.</param>
/// <param name="Variables">The raw variable values; null for none.</param>
/// <param name="Extensions">The request's extensions; the pipeline accepts and ignores them.</param>
public sealed record GraphQLRequest(
    string? Query,
    string? OperationName = null,
    IReadOnlyDictionary<string, object?>? Variables = null,
    IReadOnlyDictionary<string, object?>? Extensions = null);
