using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation.Rules.Custom;

/// <summary>
/// Not a spec rule: an operation may use at most <see cref="ValidationOptions.MaxAliases"/> aliased
/// field selections once fragments are written out in place. Aliases are how one request asks for
/// the same expensive field many times.
/// </summary>
internal sealed class MaxAliasesRule(int maxAliases) : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context, maxAliases);

    private sealed class Visitor(ValidationContext context, int maxAliases) : AstVisitor
    {
        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            if (node is not OperationDefinitionNode operation)
            {
                return VisitorAction.Continue;
            }

            var aliases = new AliasCountMeasure(context).Measure(operation);
            if (aliases > maxAliases)
            {
                context.ReportError(GraphQLError.At(
                    $"{OperationMeasure.Describe(operation)} uses {aliases} aliases, more than the maximum of {maxAliases}.",
                    operation,
                    ValidationErrorCodes.MaxAliasesExceeded));
            }

            return VisitorAction.Skip;
        }
    }

    private sealed class AliasCountMeasure(ValidationContext context) : OperationMeasure(context)
    {
        protected override long MeasureField(FieldNode field, GraphQLField? definition) =>
            Add(field.Alias is null ? 0 : 1, MeasureSubSelections(field, definition));

        protected override long Combine(long total, long value) => Add(total, value);
    }
}
