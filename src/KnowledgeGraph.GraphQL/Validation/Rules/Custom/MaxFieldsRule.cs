using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules.Custom;

/// <summary>
/// Not a spec rule: an operation may make at most <see cref="ValidationOptions.MaxFields"/> field
/// selections once every fragment spread is written out in place, aliases, <c>__typename</c> and
/// introspection fields included. It bounds the work of a document that is small only because it
/// spreads the same fragments many times.
/// </summary>
internal sealed class MaxFieldsRule(int maxFields) : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context, maxFields);

    private sealed class Visitor(ValidationContext context, int maxFields) : AstVisitor
    {
        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            if (node is not OperationDefinitionNode operation)
            {
                return VisitorAction.Continue;
            }

            var fields = new FieldCountMeasure(context).Measure(operation);
            if (fields > maxFields)
            {
                context.ReportError(GraphQLError.At(
                    $"{OperationMeasure.Describe(operation)} selects {fields} fields, more than the maximum of {maxFields}.",
                    operation,
                    ValidationErrorCodes.MaxFieldsExceeded));
            }

            return VisitorAction.Skip;
        }
    }
}
