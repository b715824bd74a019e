using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Fragment spread is possible (spec section 5.5.2.3, <c>#sec-Fragment-spread-is-possible</c>):
/// "Fragments are declared on a type and will only apply when the runtime object type matches the
/// type condition. They also are spread within the context of a parent type. A fragment spread is
/// only valid if its type condition could ever apply within the parent type."
/// </summary>
internal sealed class PossibleFragmentSpreadsRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            switch (node)
            {
                case InlineFragmentNode inline:
                    if (context.TypeInfo.Type is GraphQLNamedType fragmentType && fragmentType.IsCompositeType()
                        && context.TypeInfo.ParentType is { } parentType && parentType.IsCompositeType()
                        && !TypeComparators.DoTypesOverlap(context.Schema, fragmentType, parentType))
                    {
                        context.ReportError(
                            $"Fragment cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".",
                            inline);
                    }

                    break;
                case FragmentSpreadNode spread:
                    if (FragmentType(spread.Name.Value) is { } spreadType
                        && context.TypeInfo.ParentType is { } spreadParent
                        && !TypeComparators.DoTypesOverlap(context.Schema, spreadType, spreadParent))
                    {
                        context.ReportError(
                            $"Fragment \"{spread.Name.Value}\" cannot be spread here as objects of type \"{spreadParent}\" can never be of type \"{spreadType}\".",
                            spread);
                    }

                    break;
            }

            return VisitorAction.Continue;
        }

        private GraphQLNamedType? FragmentType(string name) =>
            context.GetFragment(name) is { } fragment
            && TypeComparators.TypeFromAst(context.Schema, fragment.TypeCondition) is GraphQLNamedType type
            && type.IsCompositeType()
                ? type
                : null;
    }
}
