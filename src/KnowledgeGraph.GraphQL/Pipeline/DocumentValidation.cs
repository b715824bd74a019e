using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Validation;

namespace KnowledgeGraph.GraphQL.Pipeline;

/// <summary>The pipeline's validation step: the one place that calls the document validator with the configured limits.</summary>
internal static class DocumentValidation
{
    /// <summary>The validation errors of <paramref name="document"/>; each carries a code (<c>GRAPHQL_VALIDATION_FAILED</c> or a limit's own).</summary>
    public static IReadOnlyList<GraphQLError> Validate(GraphQLSchema schema, DocumentNode document, ValidationOptions options) =>
        DocumentValidator.Validate(schema, document, options);

    /// <summary>The validator's options for the pipeline's settings.</summary>
    public static ValidationOptions OptionsFor(GraphQLRequestOptions options) => new()
    {
        MaxErrors = options.MaxValidationErrors,
        MaxDepth = options.MaxDepth,
        MaxFields = options.MaxFields,
        MaxAliases = options.MaxAliases,
    };
}
