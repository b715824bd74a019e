using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>CollectFields (spec section 6.3.2): the fields a selection set asks of an object type, grouped by response key.</summary>
internal static class FieldCollector
{
    /// <summary>The fields selected on <paramref name="objectType"/>, in document order, honouring <c>@skip</c>, <c>@include</c> and type conditions.</summary>
    public static OrderedDictionary<string, List<FieldNode>> CollectFields(
        ExecutionContext context, GraphQLObjectType objectType, IEnumerable<SelectionSetNode> selectionSets)
    {
        var fields = new OrderedDictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var visitedFragments = new HashSet<string>(StringComparer.Ordinal);
        foreach (var selectionSet in selectionSets)
        {
            Collect(context, objectType, selectionSet, fields, visitedFragments);
        }

        return fields;
    }

    private static void Collect(
        ExecutionContext context,
        GraphQLObjectType objectType,
        SelectionSetNode selectionSet,
        OrderedDictionary<string, List<FieldNode>> fields,
        HashSet<string> visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!ShouldInclude(context, selection))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    if (!fields.TryGetValue(field.ResponseKey, out var group))
                    {
                        group = [];
                        fields.Add(field.ResponseKey, group);
                    }

                    group.Add(field);
                    break;
                case InlineFragmentNode inline when DoesFragmentTypeApply(context.Schema, objectType, inline.TypeCondition):
                    Collect(context, objectType, inline.SelectionSet, fields, visitedFragments);
                    break;
                case FragmentSpreadNode spread when visitedFragments.Add(spread.Name.Value):
                    if (context.Fragments.TryGetValue(spread.Name.Value, out var fragment) &&
                        DoesFragmentTypeApply(context.Schema, objectType, fragment.TypeCondition))
                    {
                        Collect(context, objectType, fragment.SelectionSet, fields, visitedFragments);
                    }

                    break;
            }
        }
    }

    /// <summary>False when <c>@skip(if: true)</c> or <c>@include(if: false)</c> applies.</summary>
    private static bool ShouldInclude(ExecutionContext context, SelectionNode selection) =>
        !IfArgument(context, selection, SpecifiedDirectives.Skip, whenAbsent: false) &&
        IfArgument(context, selection, SpecifiedDirectives.Include, whenAbsent: true);

    private static bool IfArgument(ExecutionContext context, SelectionNode selection, GraphQLDirective directive, bool whenAbsent)
    {
        var node = selection.Directives.FirstOrDefault(candidate => candidate.Name.Value == directive.Name);
        if (node is null)
        {
            return whenAbsent;
        }

        var arguments = ValueCoercion.CoerceArgumentValues(directive.Arguments, node.Arguments, node, context.VariableValues);
        return arguments.GetValueOrDefault("if") is true;
    }

    private static bool DoesFragmentTypeApply(GraphQLSchema schema, GraphQLObjectType objectType, NamedTypeNode? typeCondition)
    {
        if (typeCondition is null)
        {
            return true;
        }

        return schema.GetType(typeCondition.Name.Value) switch
        {
            GraphQLObjectType conditionType => ReferenceEquals(conditionType, objectType),
            GraphQLNamedType abstractType when abstractType.IsAbstractType() => schema.IsSubType(abstractType, objectType),
            _ => false,
        };
    }
}
