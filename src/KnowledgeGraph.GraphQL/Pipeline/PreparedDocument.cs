using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Pipeline;

/// <summary>A document parsed and validated against the pipeline's schema: what the cache keeps.</summary>
/// <param name="Document">The parsed document.</param>
/// <param name="ValidationErrors">The validation errors; empty for a valid document.</param>
internal sealed record PreparedDocument(DocumentNode Document, IReadOnlyList<GraphQLError> ValidationErrors);
