using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Fragment spread target defined (spec section 5.5.2.1, <c>#sec-Fragment-spread-target-defined</c>):
/// "Named fragment spreads must refer to fragments defined within the document. It is a validation
/// error if the target of a spread is not defined."
/// </summary>
internal sealed class KnownFragmentNamesRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            if (node is FragmentSpreadNode spread && context.GetFragment(spread.Name.Value) is null)
            {
                context.ReportError($"Unknown fragment \"{spread.Name.Value}\".", spread.Name);
            }

            return VisitorAction.Continue;
        }
    }
}
