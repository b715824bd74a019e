using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>
/// A validation rule: for one validation run it creates a visitor that walks the document beside
/// every other rule's visitor (as graphql-js's <c>visitInParallel</c>) and reports what it finds to
/// the <see cref="ValidationContext"/>. Rules hold no state; their visitors hold what one run needs.
/// </summary>
public interface IValidationRule
{
    /// <summary>The visitor for one validation run over <see cref="ValidationContext.Document"/>.</summary>
    /// <param name="context">The run's schema, document, type information and error sink.</param>
    IAstVisitor CreateVisitor(ValidationContext context);
}
