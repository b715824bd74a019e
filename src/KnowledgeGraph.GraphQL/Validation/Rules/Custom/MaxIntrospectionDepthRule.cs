using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules.Custom;

/// <summary>
/// Not a spec rule: graphql-js 16's recommended cap on introspection. Under <c>__schema</c> or
/// <c>__type</c>, the list fields <c>fields</c>, <c>interfaces</c>, <c>possibleTypes</c> and
/// <c>inputFields</c> may nest at most two deep (fragments expanded), which every introspection
/// query of GraphiQL and graphql-js stays within, while a query nesting them deeper could make the
/// response grow exponentially with the schema.
/// </summary>
internal sealed class MaxIntrospectionDepthRule : IValidationRule
{
    private const int MaxListsDepth = 3;

    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        private readonly Dictionary<string, int> _checkedFragments = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _exceededFragments = new(StringComparer.Ordinal);

        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            if (node is FieldNode { Name.Value: "__schema" or "__type" } field
                && ExceedsDepth(field, new Dictionary<string, int>(StringComparer.Ordinal), 0))
            {
                context.ReportError("Maximum introspection depth exceeded", field);
                return VisitorAction.Skip;
            }

            return VisitorAction.Continue;
        }

        /// <summary>
        /// Walks the selections, counting the introspection lists entered. A fragment is not walked
        /// again at an entry depth where it was already walked (which also breaks cycles), and one
        /// that went too deep is known to do so again from any deeper entry.
        /// </summary>
        private bool ExceedsDepth(Node node, Dictionary<string, int> visitedFragments, int depth)
        {
            if (node is FragmentSpreadNode spread)
            {
                return SpreadExceedsDepth(spread.Name.Value, visitedFragments, depth);
            }

            if (node is FieldNode { Name.Value: "fields" or "interfaces" or "possibleTypes" or "inputFields" })
            {
                depth++;
                if (depth >= MaxListsDepth)
                {
                    return true;
                }
            }

            var selectionSet = node switch
            {
                FieldNode field => field.SelectionSet,
                InlineFragmentNode inline => inline.SelectionSet,
                FragmentDefinitionNode fragment => fragment.SelectionSet,
                _ => null,
            };
            return selectionSet is not null && selectionSet.Selections.Any(child => ExceedsDepth(child, visitedFragments, depth));
        }

        private bool SpreadExceedsDepth(string fragmentName, Dictionary<string, int> visitedFragments, int depth)
        {
            if (_exceededFragments.TryGetValue(fragmentName, out var exceededAt) && exceededAt <= depth)
            {
                return true;
            }

            if ((visitedFragments.TryGetValue(fragmentName, out var visitedAt) && visitedAt >= depth)
                || (_checkedFragments.TryGetValue(fragmentName, out var checkedAt) && checkedAt >= depth)
                || context.GetFragment(fragmentName) is not { } fragment)
            {
                return false;
            }

            visitedFragments[fragmentName] = depth;
            if (ExceedsDepth(fragment, visitedFragments, depth))
            {
                _exceededFragments[fragmentName] = depth;
                return true;
            }

            _checkedFragments[fragmentName] = depth;
            return false;
        }
    }
}
