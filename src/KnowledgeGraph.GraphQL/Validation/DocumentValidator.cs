using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Validation.Rules.Custom;

namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>Validation (spec section 5): checks an executable document against a schema before it runs.</summary>
public static class DocumentValidator
{
    /// <summary>
    /// Runs the rules over <paramref name="document"/> in one traversal and returns their errors in
    /// graphql-js's order; an empty list means the document is valid. The rules are
    /// <see cref="SpecifiedRules.All"/> (or <see cref="ValidationOptions.Rules"/> when set), then the
    /// limit rules the options switch on. After <see cref="ValidationOptions.MaxErrors"/> errors (default
    /// 100) validation stops with a last error <c>Too many validation errors, error limit reached.
    /// Validation aborted.</c>. Every error carries <c>extensions.code</c>:
    /// <see cref="ErrorCodes.ValidationFailed"/>, or one of <see cref="ValidationErrorCodes"/> for the limits.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (a negative limit).</exception>
    public static IReadOnlyList<GraphQLError> Validate(GraphQLSchema schema, DocumentNode document, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        options ??= new ValidationOptions();
        CheckOptions(options);

        var errors = new List<GraphQLError>();
        var typeInfo = new TypeInfo(schema);
        var context = new ValidationContext(schema, document, typeInfo, options.MaxErrors, errors);
        var rules = (options.Rules ?? SpecifiedRules.All).Concat(LimitRules(options));
        var visitor = new ParallelVisitor(rules.Select(rule => rule.CreateVisitor(context)).ToList());
        try
        {
            Visitor.Visit(document, new TypeInfoVisitor(typeInfo, visitor));
        }
        catch (ValidationAbortedException)
        {
            // The context recorded why the run stopped; the errors so far are the answer.
        }

        return errors;
    }

    private static IEnumerable<IValidationRule> LimitRules(ValidationOptions options)
    {
        if (options.MaxDepth is { } maxDepth)
        {
            yield return new MaxDepthRule(maxDepth);
        }

        if (options.MaxFields is { } maxFields)
        {
            yield return new MaxFieldsRule(maxFields);
        }

        if (options.MaxAliases is { } maxAliases)
        {
            yield return new MaxAliasesRule(maxAliases);
        }
    }

    private static void CheckOptions(ValidationOptions options)
    {
        CheckNotNegative(options.MaxErrors, nameof(ValidationOptions.MaxErrors));
        CheckNotNegative(options.MaxDepth, nameof(ValidationOptions.MaxDepth));
        CheckNotNegative(options.MaxFields, nameof(ValidationOptions.MaxFields));
        CheckNotNegative(options.MaxAliases, nameof(ValidationOptions.MaxAliases));
    }

    private static void CheckNotNegative(int? value, string name)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(ValidationOptions), value, $"ValidationOptions.{name} must not be negative.");
        }
    }
}
