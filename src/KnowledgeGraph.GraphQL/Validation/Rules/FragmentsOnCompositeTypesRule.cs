using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Fragments On Composite Types (spec section 5.5.1.3, <c>#sec-Fragments-On-Composite-Types</c>):
/// "Fragments can only be declared on unions, interfaces, and objects. They are invalid on scalars.
/// They can only be applied on non-leaf fields. This rule applies to both inline and named fragments."
/// </summary>
internal sealed class FragmentsOnCompositeTypesRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            switch (node)
            {
                case InlineFragmentNode { TypeCondition: { } typeCondition } when IsNonComposite(typeCondition):
                    context.ReportError($"Fragment cannot condition on non composite type \"{Printer.Print(typeCondition)}\".", typeCondition);
                    break;
                case FragmentDefinitionNode fragment when IsNonComposite(fragment.TypeCondition):
                    context.ReportError(
                        $"Fragment \"{fragment.Name.Value}\" cannot condition on non composite type \"{Printer.Print(fragment.TypeCondition)}\".",
                        fragment.TypeCondition);
                    break;
            }

            return VisitorAction.Continue;
        }

        private bool IsNonComposite(NamedTypeNode typeCondition) =>
            TypeComparators.TypeFromAst(context.Schema, typeCondition) is { } type && !type.IsCompositeType();
    }
}
