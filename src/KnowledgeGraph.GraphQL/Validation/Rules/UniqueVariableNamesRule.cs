using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Variable Uniqueness (spec section 5.8.1, <c>#sec-Variable-Uniqueness</c>): "If any operation
/// defines more than one variable with the same name, it is ambiguous and invalid. It is invalid
/// even if the type of the duplicate variable is the same."
/// </summary>
internal sealed class UniqueVariableNamesRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            if (node is OperationDefinitionNode operation)
            {
                var groups = operation.VariableDefinitions.GroupBy(definition => definition.Variable.Name.Value, StringComparer.Ordinal);
                foreach (var group in groups.Where(group => group.Count() > 1))
                {
                    context.ReportError(
                        $"There can be only one variable named \"${group.Key}\".",
                        group.Select(definition => definition.Variable.Name));
                }
            }

            return VisitorAction.Continue;
        }
    }
}
