using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Single root field (spec section 5.2.3.1, <c>#sec-Single-root-field</c>): "Subscription
/// operations must have exactly one root field." Nor may that field be an introspection field.
/// The root fields are collected as execution collects them with no variables given: a
/// <c>@skip</c> or <c>@include</c> leaves a selection out only for a literal <c>if</c>.
/// </summary>
internal sealed class SingleFieldSubscriptionsRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            if (node is OperationDefinitionNode { Operation: OperationType.Subscription } operation
                && context.Schema.SubscriptionType is { } subscriptionType)
            {
                Check(operation, subscriptionType);
            }

            return VisitorAction.Continue;
        }

        private void Check(OperationDefinitionNode operation, GraphQLObjectType subscriptionType)
        {
            var fields = new OrderedDictionary<string, List<FieldNode>>(StringComparer.Ordinal);
            Collect(subscriptionType, operation.SelectionSet, fields, new HashSet<string>(StringComparer.Ordinal));
            var name = operation.Name?.Value;
            if (fields.Count > 1)
            {
                context.ReportError(
                    name is null
                        ? "Anonymous Subscription must select only one top level field."
                        : $"Subscription \"{name}\" must select only one top level field.",
                    fields.Values.Skip(1).SelectMany(nodes => nodes));
            }

            foreach (var fieldNodes in fields.Values.Where(nodes => nodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal)))
            {
                context.ReportError(
                    name is null
                        ? "Anonymous Subscription must not select an introspection top level field."
                        : $"Subscription \"{name}\" must not select an introspection top level field.",
                    fieldNodes);
            }
        }

        private void Collect(
            GraphQLObjectType rootType,
            SelectionSetNode selectionSet,
            OrderedDictionary<string, List<FieldNode>> fields,
            HashSet<string> visitedFragments)
        {
            ChargeWork(selectionSet);
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field when IsIncluded(field):
                        if (!fields.TryGetValue(field.ResponseKey, out var group))
                        {
                            group = [];
                            fields.Add(field.ResponseKey, group);
                        }

                        group.Add(field);
                        break;
                    case InlineFragmentNode inline when IsIncluded(inline) && ConditionMatches(inline.TypeCondition, rootType):
                        Collect(rootType, inline.SelectionSet, fields, visitedFragments);
                        break;
                    case FragmentSpreadNode spread when !visitedFragments.Contains(spread.Name.Value) && IsIncluded(spread):
                        visitedFragments.Add(spread.Name.Value);
                        if (context.GetFragment(spread.Name.Value) is { } fragment && ConditionMatches(fragment.TypeCondition, rootType))
                        {
                            Collect(rootType, fragment.SelectionSet, fields, visitedFragments);
                        }

                        break;
                }
            }
        }

        private void ChargeWork(SelectionSetNode selectionSet)
        {
            context.SpendFragmentWork(selectionSet.Selections.Count);
            foreach (var selection in selectionSet.Selections)
            {
                context.SpendFragmentWork(selection.Directives.Count);
                foreach (var directive in selection.Directives.Where(directive => directive.Name.Value is "skip" or "include"))
                {
                    context.SpendFragmentWork(directive.Arguments.Count);
                }
            }
        }

        private bool ConditionMatches(NamedTypeNode? typeCondition, GraphQLObjectType rootType)
        {
            if (typeCondition is null)
            {
                return true;
            }

            var conditionType = TypeComparators.TypeFromAst(context.Schema, typeCondition);
            return ReferenceEquals(conditionType, rootType)
                || (conditionType is GraphQLNamedType named && named.IsAbstractType() && context.Schema.IsSubType(named, rootType));
        }

        private static bool IsIncluded(SelectionNode selection) =>
            IfArgument(selection, "skip") is not true && IfArgument(selection, "include") is not false;

        private static bool? IfArgument(SelectionNode selection, string directiveName) =>
            selection.Directives
                .FirstOrDefault(directive => directive.Name.Value == directiveName)?
                .Arguments.FirstOrDefault(argument => argument.Name.Value == "if")?.Value is BooleanValueNode literal
                ? literal.Value
                : null;
    }
}
