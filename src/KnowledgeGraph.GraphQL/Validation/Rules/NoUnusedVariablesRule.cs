using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// All Variables Used (spec section 5.8.4, <c>#sec-All-Variables-Used</c>): "All variables defined
/// by an operation must be used in that operation or a fragment transitively included by that
/// operation. Unused variables cause a validation error."
/// </summary>
internal sealed class NoUnusedVariablesRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        private readonly List<VariableDefinitionNode> _definitions = [];

        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            switch (node)
            {
                case OperationDefinitionNode:
                    _definitions.Clear();
                    break;
                case VariableDefinitionNode definition:
                    _definitions.Add(definition);
                    break;
            }

            return VisitorAction.Continue;
        }

        public override VisitorAction Leave(Node node, IReadOnlyList<Node> ancestors)
        {
            if (node is OperationDefinitionNode operation)
            {
                var used = context.GetRecursiveVariableUsages(operation).Select(usage => usage.Node.Name.Value).ToHashSet(StringComparer.Ordinal);
                foreach (var definition in _definitions.Where(definition => !used.Contains(definition.Variable.Name.Value)))
                {
                    var name = definition.Variable.Name.Value;
                    context.ReportError(
                        operation.Name is { } operationName
                            ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                            : $"Variable \"${name}\" is never used.",
                        definition);
                }
            }

            return VisitorAction.Continue;
        }
    }
}
