using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// All Variable Usages are Allowed (spec section 5.8.5, <c>#sec-All-Variable-Usages-are-Allowed</c>):
/// "Variable usages must be compatible with the arguments they are passed to." A nullable variable
/// may fill a non-null position only when the variable or the position has a default value.
/// </summary>
internal sealed class VariablesInAllowedPositionRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        private readonly Dictionary<string, VariableDefinitionNode> _definitions = new(StringComparer.Ordinal);

        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            switch (node)
            {
                case OperationDefinitionNode:
                    _definitions.Clear();
                    break;
                case VariableDefinitionNode definition:
                    _definitions[definition.Variable.Name.Value] = definition;
                    break;
            }

            return VisitorAction.Continue;
        }

        public override VisitorAction Leave(Node node, IReadOnlyList<Node> ancestors)
        {
            if (node is not OperationDefinitionNode operation)
            {
                return VisitorAction.Continue;
            }

            foreach (var usage in context.GetRecursiveVariableUsages(operation))
            {
                var name = usage.Node.Name.Value;
                if (usage.Type is { } locationType
                    && _definitions.TryGetValue(name, out var definition)
                    && TypeComparators.TypeFromAst(context.Schema, definition.Type) is { } variableType
                    && !IsAllowed(variableType, definition.DefaultValue, locationType, usage.HasLocationDefaultValue))
                {
                    context.ReportError(
                        $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".",
                        definition,
                        usage.Node);
                }
            }

            return VisitorAction.Continue;
        }

        private bool IsAllowed(GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, bool locationHasDefault)
        {
            if (locationType is GraphQLNonNull nonNullLocation && variableType is not GraphQLNonNull)
            {
                var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
                return (hasNonNullVariableDefault || locationHasDefault)
                    && TypeComparators.IsTypeSubTypeOf(context.Schema, variableType, nonNullLocation.OfType);
            }

            return TypeComparators.IsTypeSubTypeOf(context.Schema, variableType, locationType);
        }
    }
}
