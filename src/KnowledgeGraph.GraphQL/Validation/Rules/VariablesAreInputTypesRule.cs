using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Variables Are Input Types (spec section 5.8.2, <c>#sec-Variables-Are-Input-Types</c>): "Variables
/// can only be input types. Objects, unions, and interfaces cannot be used as inputs."
/// </summary>
internal sealed class VariablesAreInputTypesRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            if (node is VariableDefinitionNode variable
                && TypeComparators.TypeFromAst(context.Schema, variable.Type) is { } type
                && !type.IsInputType())
            {
                context.ReportError(
                    $"Variable \"${variable.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(variable.Type)}\".",
                    variable.Type);
            }

            return VisitorAction.Continue;
        }
    }
}
