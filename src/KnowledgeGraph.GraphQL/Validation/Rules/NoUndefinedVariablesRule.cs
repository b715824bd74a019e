using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// All Variable Uses Defined (spec section 5.8.3, <c>#sec-All-Variable-Uses-Defined</c>): "Variables
/// are scoped on a per-operation basis. That means that any variable used within the context of an
/// operation must be defined at the top level of that operation". Uses inside fragments count for
/// every operation that spreads them.
/// </summary>
internal sealed class NoUndefinedVariablesRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        private readonly HashSet<string> _defined = new(StringComparer.Ordinal);

        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            switch (node)
            {
                case OperationDefinitionNode:
                    _defined.Clear();
                    break;
                case VariableDefinitionNode definition:
                    _defined.Add(definition.Variable.Name.Value);
                    break;
            }

            return VisitorAction.Continue;
        }

        public override VisitorAction Leave(Node node, IReadOnlyList<Node> ancestors)
        {
            if (node is OperationDefinitionNode operation)
            {
                foreach (var usage in context.GetRecursiveVariableUsages(operation).Where(usage => !_defined.Contains(usage.Node.Name.Value)))
                {
                    var name = usage.Node.Name.Value;
                    context.ReportError(
                        operation.Name is { } operationName
                            ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                            : $"Variable \"${name}\" is not defined.",
                        usage.Node,
                        operation);
                }
            }

            return VisitorAction.Continue;
        }
    }
}
