using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Fragments Must Be Used (spec section 5.5.1.4, <c>#sec-Fragments-Must-Be-Used</c>): "Defined
/// fragments must be used within a document."
/// </summary>
internal sealed class NoUnusedFragmentsRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        private readonly List<OperationDefinitionNode> _operations = [];
        private readonly List<FragmentDefinitionNode> _fragments = [];

        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            switch (node)
            {
                case OperationDefinitionNode operation:
                    _operations.Add(operation);
                    return VisitorAction.Skip;
                case FragmentDefinitionNode fragment:
                    _fragments.Add(fragment);
                    return VisitorAction.Skip;
                default:
                    return VisitorAction.Continue;
            }
        }

        public override VisitorAction Leave(Node node, IReadOnlyList<Node> ancestors)
        {
            if (node is DocumentNode)
            {
                var used = context.GetRecursivelyReferencedFragments(_operations)
                    .Select(fragment => fragment.Name.Value)
                    .ToHashSet(StringComparer.Ordinal);
                foreach (var fragment in _fragments.Where(fragment => !used.Contains(fragment.Name.Value)))
                {
                    context.ReportError($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
                }
            }

            return VisitorAction.Continue;
        }
    }
}
