using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Fragment spreads must not form cycles (spec section 5.5.2.2,
/// <c>#sec-Fragment-spreads-must-not-form-cycles</c>): "The graph of fragment spreads must not form
/// any cycles including spreading itself. Otherwise an operation could infinitely spread or
/// infinitely execute on cycles in the underlying data."
/// </summary>
internal sealed class NoFragmentCyclesRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
        private readonly List<FragmentSpreadNode> _spreadPath = [];
        private readonly Dictionary<string, int> _spreadPathIndexByName = new(StringComparer.Ordinal);

        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            if (node is FragmentDefinitionNode fragment)
            {
                DetectCycles(fragment);
            }

            return node is ExecutableDefinitionNode ? VisitorAction.Skip : VisitorAction.Continue;
        }

        /// <summary>A depth-first search that reports each cycle once, when its last spread closes it.</summary>
        private void DetectCycles(FragmentDefinitionNode fragment)
        {
            var fragmentName = fragment.Name.Value;
            if (!_visited.Add(fragmentName))
            {
                return;
            }

            var spreads = context.GetFragmentSpreads(fragment.SelectionSet);
            if (spreads.Count == 0)
            {
                return;
            }

            _spreadPathIndexByName[fragmentName] = _spreadPath.Count;
            foreach (var spread in spreads)
            {
                var spreadName = spread.Name.Value;
                _spreadPath.Add(spread);
                if (_spreadPathIndexByName.TryGetValue(spreadName, out var cycleIndex))
                {
                    var cyclePath = _spreadPath[cycleIndex..];
                    var via = string.Join(", ", cyclePath.SkipLast(1).Select(step => $"\"{step.Name.Value}\""));
                    context.ReportError(
                        $"Cannot spread fragment \"{spreadName}\" within itself" + (via.Length > 0 ? $" via {via}." : "."),
                        cyclePath);
                }
                else if (context.GetFragment(spreadName) is { } spreadFragment)
                {
                    DetectCycles(spreadFragment);
                }

                _spreadPath.RemoveAt(_spreadPath.Count - 1);
            }

            _spreadPathIndexByName.Remove(fragmentName);
        }
    }
}
