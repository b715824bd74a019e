using System.Runtime.CompilerServices;
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

    /// <summary>
    /// CollectSubfields: the fields selected under <paramref name="fieldNodes"/> on
    /// <paramref name="objectType"/>, collected once per request and shared, as graphql-js
    /// memoizes it. Every item of a list completes with its field's nodes, so a list of a
    /// thousand objects collects its subfields once, not a thousand times. Callers only read the result.
    /// </summary>
    public static OrderedDictionary<string, List<FieldNode>> CollectSubfields(
        ExecutionContext context, GraphQLObjectType objectType, IReadOnlyList<FieldNode> fieldNodes) =>
        context.Subfields.GetOrAdd(
            new SubfieldsKey(objectType, fieldNodes),
            static (key, context) => CollectFields(context, key.ObjectType, key.FieldNodes.Select(node => node.SelectionSet).OfType<SelectionSetNode>()),
            context);

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
        selection.Directives.Count == 0 ||
        (!IfArgument(context, selection, SpecifiedDirectives.Skip, whenAbsent: false) &&
         IfArgument(context, selection, SpecifiedDirectives.Include, whenAbsent: true));

    private static bool IfArgument(ExecutionContext context, SelectionNode selection, GraphQLDirective directive, bool whenAbsent)
    {
        foreach (var node in selection.Directives)
        {
            if (node.Name.Value == directive.Name)
            {
                var arguments = ValueCoercion.CoerceArgumentValues(directive.Arguments, node.Arguments, node, context.VariableValues);
                return arguments.GetValueOrDefault("if") is true;
            }
        }

        return whenAbsent;
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

/// <summary>An object type under a group of field nodes; equal only for the same instances, which is what a request reuses.</summary>
internal readonly record struct SubfieldsKey(GraphQLObjectType ObjectType, IReadOnlyList<FieldNode> FieldNodes)
{
    public bool Equals(SubfieldsKey other) => ReferenceEquals(ObjectType, other.ObjectType) && ReferenceEquals(FieldNodes, other.FieldNodes);

    public override int GetHashCode() => HashCode.Combine(RuntimeHelpers.GetHashCode(ObjectType), RuntimeHelpers.GetHashCode(FieldNodes));
}
