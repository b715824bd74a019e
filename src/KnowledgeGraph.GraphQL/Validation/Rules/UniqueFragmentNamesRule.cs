using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Fragment Name Uniqueness (spec section 5.5.1.1, <c>#sec-Fragment-Name-Uniqueness</c>): "Fragment
/// definitions are referenced in fragment spreads by name. To avoid ambiguity, each fragment's name
/// must be unique within a document."
/// </summary>
internal sealed class UniqueFragmentNamesRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            if (node is FragmentDefinitionNode fragment)
            {
                if (_known.TryGetValue(fragment.Name.Value, out var first))
                {
                    context.ReportError($"There can be only one fragment named \"{fragment.Name.Value}\".", first, fragment.Name);
                }
                else
                {
                    _known[fragment.Name.Value] = fragment.Name;
                }
            }

            return node is ExecutableDefinitionNode ? VisitorAction.Skip : VisitorAction.Continue;
        }
    }
}
