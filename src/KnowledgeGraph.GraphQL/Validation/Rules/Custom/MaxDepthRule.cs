using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation.Rules.Custom;

/// <summary>
/// Not a spec rule: an operation may nest fields at most <see cref="ValidationOptions.MaxDepth"/>
/// deep, a root field being at depth 1 and fragments expanded in place. Introspection fields count
/// like any other; their own nesting is further capped by <see cref="MaxIntrospectionDepthRule"/>.
/// </summary>
internal sealed class MaxDepthRule(int maxDepth) : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context, maxDepth);

    private sealed class Visitor(ValidationContext context, int maxDepth) : AstVisitor
    {
        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            if (node is not OperationDefinitionNode operation)
            {
                return VisitorAction.Continue;
            }

            var depth = new DepthMeasure(context).Measure(operation);
            if (depth > maxDepth)
            {
                context.ReportError(GraphQLError.At(
                    $"{OperationMeasure.Describe(operation)} nests fields {depth} deep, more than the maximum depth of {maxDepth}.",
                    operation,
                    ValidationErrorCodes.MaxDepthExceeded));
            }

            return VisitorAction.Skip;
        }
    }

    private sealed class DepthMeasure(ValidationContext context) : OperationMeasure(context)
    {
        protected override long MeasureField(FieldNode field, GraphQLField? definition) => Add(1, MeasureSubSelections(field, definition));

        protected override long Combine(long total, long value) => Math.Max(total, value);
    }
}
