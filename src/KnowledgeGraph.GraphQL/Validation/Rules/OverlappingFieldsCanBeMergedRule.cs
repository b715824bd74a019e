using System.Text;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Field Selection Merging (spec section 5.3.2, <c>#sec-Field-Selection-Merging</c>): "If multiple
/// field selections with the same response names are encountered during execution, the field and
/// arguments to execute and the resulting value should be unambiguous."
/// </summary>
/// <remarks>
/// graphql-js 16.15's algorithm. Each selection set compares the fields it collects (inline
/// fragments flattened) within itself (A), with each fragment it spreads (B, D, E) and each pair of
/// those fragments (C, F, G). Two fields with one response name conflict when they may apply to the
/// same object (their parents are not two different object types, nor inside such a pair) and differ
/// in name or arguments, or always when their types conflict; their sub-selections are compared the
/// same way (H, I, J) and nested conflicts are reported as subfield reasons on the outer pair.
/// Collected fields are cached per (parent type, selection set), compared fragment pairs are
/// remembered with whether they were compared as mutually exclusive, and comparison work is metered:
/// past graphql-js's budget validation stops with "Validation aborted.".
/// </remarks>
internal sealed class OverlappingFieldsCanBeMergedRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(new ConflictFinder(context), context);

    private sealed class Visitor(ConflictFinder finder, ValidationContext context) : AstVisitor
    {
        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            // Inline fragments are flattened into the selection set around them; a lone field or spread cannot conflict.
            if (node is not SelectionSetNode selectionSet
                || ancestors[^1] is InlineFragmentNode
                || (selectionSet.Selections.Count <= 1 && selectionSet.Selections.FirstOrDefault() is not InlineFragmentNode))
            {
                return VisitorAction.Continue;
            }

            foreach (var conflict in finder.FindConflictsWithinSelectionSet(context.TypeInfo.ParentType, selectionSet))
            {
                context.ReportError(
                    $"Fields \"{ConflictFinder.MaybeAbbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. " +
                    "Use different aliases on the fields to fetch both if this was intentional.",
                    [.. conflict.Fields1, .. conflict.Fields2]);
            }

            return VisitorAction.Continue;
        }
    }

    private sealed record Conflict(string ResponseName, string Reason, IReadOnlyList<FieldNode> Fields1, IReadOnlyList<FieldNode> Fields2);

    /// <summary>One collected field: where it was selected and what the schema says about it.</summary>
    private sealed class FieldDetails(GraphQLNamedType? parentType, FieldNode node, GraphQLField? definition)
    {
        public GraphQLNamedType? ParentType { get; } = parentType;

        public FieldNode Node { get; } = node;

        public GraphQLField? Definition { get; } = definition;

        /// <summary>No arguments and no sub-selection: two such fields agree when name and type agree.</summary>
        public bool IsSimpleLeaf { get; } = node.Arguments.Count == 0 && node.SelectionSet is null;

        public FieldInfo? Info { get; set; }
    }

    /// <summary>What a field's comparisons need, prepared only for fields that overlap another.</summary>
    private sealed class FieldInfo(GraphQLNamedType? namedType, IReadOnlyList<ArgumentNode> arguments)
    {
        public Dictionary<FieldInfo, string?> Comparisons { get; } = new(ReferenceEqualityComparer.Instance);

        public GraphQLNamedType? NamedType { get; } = namedType;

        public IReadOnlyList<ArgumentNode> Arguments { get; } = arguments;

        public string? TypeString { get; set; }
    }

    /// <summary>The fields of a selection set by response name, and the fragments it spreads.</summary>
    private sealed class CollectedFields
    {
        public OrderedDictionary<string, List<FieldDetails>> GroupedFieldSet { get; } = new(StringComparer.Ordinal);

        public List<string> FragmentNames { get; } = [];

        /// <summary>Fragments already compared with these fields, and whether that comparison was mutually exclusive.</summary>
        public Dictionary<string, bool> ComparedFragments { get; } = new(StringComparer.Ordinal);

        public Dictionary<CollectedFields, List<(string ResponseName, List<FieldDetails> Fields1, List<FieldDetails> Fields2)>> OverlappingFields { get; } =
            new(ReferenceEqualityComparer.Instance);
    }

    private sealed class ConflictFinder(ValidationContext context)
    {
        private const int MaxConflictDetailLength = 1000;
        private const int MaxConflictNodes = 20;
        private const int MaxComplexityBudget = 500_000;

        private readonly Dictionary<(GraphQLNamedType?, SelectionSetNode), CollectedFields> _collected = new(SelectionSetKeyComparer.Instance);
        private readonly Dictionary<(string, string), bool> _comparedFragmentPairs = [];
        private readonly Dictionary<ValueNode, string> _stringifiedValues = new(ReferenceEqualityComparer.Instance);
        private int _remainingBudget = MaxComplexityBudget;

        public static string MaybeAbbreviate(string text) =>
            text.Length > MaxConflictDetailLength ? text[..MaxConflictDetailLength] + "..." : text;

        public List<Conflict> FindConflictsWithinSelectionSet(GraphQLNamedType? parentType, SelectionSetNode selectionSet)
        {
            var conflicts = new List<Conflict>();
            var fields = CollectFields(parentType, selectionSet);

            // (A) Conflicts within the collected fields themselves.
            CollectConflictsWithin(conflicts, fields.GroupedFieldSet);
            var fragmentNames = fields.FragmentNames;
            if (fragmentNames.Count == 0 || (fields.GroupedFieldSet.Count == 0 && fragmentNames.Count <= 1))
            {
                return conflicts;
            }

            for (var i = 0; i < fragmentNames.Count; i++)
            {
                // (B) The fields against each fragment, (C) each fragment against the later ones.
                CollectConflictsBetweenFieldsAndFragment(conflicts, false, fields, fragmentNames[i]);
                for (var j = i + 1; j < fragmentNames.Count; j++)
                {
                    CollectConflictsBetweenFragments(conflicts, false, fragmentNames[i], fragmentNames[j]);
                }
            }

            return conflicts;
        }

        private void CollectConflictsBetweenFieldsAndFragment(
            List<Conflict> conflicts, bool areMutuallyExclusive, CollectedFields fields, string fragmentName)
        {
            Spend(1);
            if (fields.GroupedFieldSet.Count == 0)
            {
                return;
            }

            // A non-exclusive comparison also answers an exclusive one, not the other way round.
            if (fields.ComparedFragments.TryGetValue(fragmentName, out var comparedExclusively) && (!comparedExclusively || areMutuallyExclusive))
            {
                return;
            }

            fields.ComparedFragments[fragmentName] = areMutuallyExclusive;
            if (context.GetFragment(fragmentName) is not { } fragment)
            {
                return;
            }

            var fragmentFields = CollectFragmentFields(fragment);
            if (ReferenceEquals(fields, fragmentFields))
            {
                return;
            }

            // (D) The fields against the fragment's fields, (E) and against the fragments it spreads.
            CollectConflictsBetween(conflicts, areMutuallyExclusive, fields, fragmentFields);
            foreach (var referenced in fragmentFields.FragmentNames)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fields, referenced);
            }
        }

        private void CollectConflictsBetweenFragments(List<Conflict> conflicts, bool areMutuallyExclusive, string fragmentName1, string fragmentName2)
        {
            Spend(2);
            if (fragmentName1 == fragmentName2 || WereCompared(fragmentName1, fragmentName2, areMutuallyExclusive))
            {
                return;
            }

            _comparedFragmentPairs[(fragmentName1, fragmentName2)] = areMutuallyExclusive;
            if (context.GetFragment(fragmentName1) is not { } fragment1 || context.GetFragment(fragmentName2) is not { } fragment2)
            {
                return;
            }

            var fields1 = CollectFragmentFields(fragment1);
            var fields2 = CollectFragmentFields(fragment2);

            // (F) The two fragments' fields, (G) then each against the fragments the other spreads.
            CollectConflictsBetween(conflicts, areMutuallyExclusive, fields1, fields2);
            foreach (var referenced in fields2.FragmentNames)
            {
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, referenced);
            }

            foreach (var referenced in fields1.FragmentNames)
            {
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, referenced, fragmentName2);
            }
        }

        /// <summary>A pair compared as exclusive answers only exclusive questions; one compared as not exclusive answers both.</summary>
        private bool WereCompared(string a, string b, bool areMutuallyExclusive) =>
            (_comparedFragmentPairs.TryGetValue((a, b), out var ab) && (areMutuallyExclusive || !ab))
            || (_comparedFragmentPairs.TryGetValue((b, a), out var ba) && (areMutuallyExclusive || !ba));

        private List<Conflict> FindConflictsBetweenSubSelectionSets(
            bool areMutuallyExclusive,
            GraphQLNamedType? parentType1,
            SelectionSetNode selectionSet1,
            GraphQLNamedType? parentType2,
            SelectionSetNode selectionSet2)
        {
            var conflicts = new List<Conflict>();
            var fields1 = CollectFields(parentType1, selectionSet1);
            var fields2 = CollectFields(parentType2, selectionSet2);

            // (H) The two sets of fields, (I) each against the other's fragments, (J) fragments against fragments.
            CollectConflictsBetween(conflicts, areMutuallyExclusive, fields1, fields2);
            foreach (var fragmentName2 in fields2.FragmentNames)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fields1, fragmentName2);
            }

            foreach (var fragmentName1 in fields1.FragmentNames)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fields2, fragmentName1);
            }

            foreach (var fragmentName1 in fields1.FragmentNames)
            {
                foreach (var fragmentName2 in fields2.FragmentNames)
                {
                    CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, fragmentName2);
                }
            }

            return conflicts;
        }

        private void CollectConflictsWithin(List<Conflict> conflicts, OrderedDictionary<string, List<FieldDetails>> groupedFieldSet)
        {
            foreach (var (responseName, fields) in groupedFieldSet)
            {
                for (var i = 0; i < fields.Count; i++)
                {
                    for (var j = i + 1; j < fields.Count; j++)
                    {
                        if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict)
                        {
                            conflicts.Add(conflict);
                        }
                    }
                }
            }
        }

        private void CollectConflictsBetween(
            List<Conflict> conflicts, bool parentFieldsAreMutuallyExclusive, CollectedFields fields1, CollectedFields fields2)
        {
            if (fields1.GroupedFieldSet.Count == 0 || fields2.GroupedFieldSet.Count == 0)
            {
                return;
            }

            foreach (var (responseName, overlapping1, overlapping2) in OverlappingFields(fields1, fields2))
            {
                foreach (var field1 in overlapping1)
                {
                    foreach (var field2 in overlapping2)
                    {
                        if (FindConflict(parentFieldsAreMutuallyExclusive, responseName, field1, field2) is { } conflict)
                        {
                            conflicts.Add(conflict);
                        }
                    }
                }
            }
        }

        private List<(string ResponseName, List<FieldDetails> Fields1, List<FieldDetails> Fields2)> OverlappingFields(
            CollectedFields fields1, CollectedFields fields2)
        {
            if (fields1.OverlappingFields.TryGetValue(fields2, out var cached))
            {
                return cached;
            }

            var overlapping = new List<(string, List<FieldDetails>, List<FieldDetails>)>();
            foreach (var (responseName, group1) in fields1.GroupedFieldSet)
            {
                Spend(1);
                if (fields2.GroupedFieldSet.TryGetValue(responseName, out var group2))
                {
                    overlapping.Add((responseName, group1, group2));
                }
            }

            fields1.OverlappingFields[fields2] = overlapping;
            return overlapping;
        }

        /// <summary>The conflict between two fields of one response name, including their sub-selections, or null.</summary>
        private Conflict? FindConflict(bool parentFieldsAreMutuallyExclusive, string responseName, FieldDetails details1, FieldDetails details2)
        {
            // Fields on two different object types can never apply to the same object, so only their types must agree.
            var areMutuallyExclusive = parentFieldsAreMutuallyExclusive
                || (!ReferenceEquals(details1.ParentType, details2.ParentType)
                    && details1.ParentType is GraphQLObjectType
                    && details2.ParentType is GraphQLObjectType);
            Spend(2);
            var type1 = details1.Definition?.Type;
            var type2 = details2.Definition?.Type;
            if (details1.IsSimpleLeaf && details2.IsSimpleLeaf && ReferenceEquals(type1, type2)
                && details1.Node.Name.Value == details2.Node.Name.Value)
            {
                return null;
            }

            var node1 = details1.Node;
            var node2 = details2.Node;
            if (!areMutuallyExclusive && FieldsDiffer(details1, details2) is { } reason)
            {
                return new Conflict(responseName, reason, [node1], [node2]);
            }

            if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
            {
                var info1 = InfoOf(details1);
                var info2 = InfoOf(details2);
                info1.TypeString ??= type1.ToString();
                info2.TypeString ??= type2.ToString();
                return new Conflict(responseName, $"they return conflicting types \"{info1.TypeString}\" and \"{info2.TypeString}\"", [node1], [node2]);
            }

            if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
            {
                var subConflicts = FindConflictsBetweenSubSelectionSets(
                    areMutuallyExclusive, InfoOf(details1).NamedType, selectionSet1, InfoOf(details2).NamedType, selectionSet2);
                return SubfieldConflicts(subConflicts, responseName, node1, node2);
            }

            return null;
        }

        /// <summary>Why two fields that may apply to the same object cannot be merged (different field or arguments), or null; remembered per pair.</summary>
        private string? FieldsDiffer(FieldDetails details1, FieldDetails details2)
        {
            var info1 = InfoOf(details1);
            var info2 = InfoOf(details2);
            if (info1.Comparisons.TryGetValue(info2, out var reason))
            {
                return reason;
            }

            var name1 = details1.Node.Name.Value;
            var name2 = details2.Node.Name.Value;
            reason = name1 != name2
                ? $"\"{MaybeAbbreviate(name1)}\" and \"{MaybeAbbreviate(name2)}\" are different fields"
                : SameArguments(info1.Arguments, info2.Arguments) ? null : "they have differing arguments";
            info1.Comparisons[info2] = reason;
            return reason;
        }

        private static FieldInfo InfoOf(FieldDetails details) =>
            details.Info ??= new FieldInfo(details.Definition?.Type.NamedType(), details.Node.Arguments);

        private bool SameArguments(IReadOnlyList<ArgumentNode> arguments1, IReadOnlyList<ArgumentNode> arguments2)
        {
            if (arguments1.Count != arguments2.Count)
            {
                return false;
            }

            // A repeated argument name counts with its last value, as a map keyed by name would.
            var values2 = new Dictionary<string, ValueNode>(StringComparer.Ordinal);
            foreach (var argument in arguments2)
            {
                values2[argument.Name.Value] = argument.Value;
            }

            return arguments1.All(argument1 =>
            {
                Spend(1);
                return values2.TryGetValue(argument1.Name.Value, out var value2)
                    && Stringify(argument1.Value) == Stringify(value2);
            });
        }

        /// <summary>A canonical text of a value: object fields sorted by name, string literals keeping whether they were block strings.</summary>
        private string Stringify(ValueNode value)
        {
            if (!_stringifiedValues.TryGetValue(value, out var text))
            {
                var builder = new StringBuilder();
                AppendCanonical(builder, value);
                text = builder.ToString();
                _stringifiedValues[value] = text;
            }

            return text;
        }

        private static void AppendCanonical(StringBuilder builder, ValueNode value)
        {
            builder.Append('[').Append(value.Kind).Append(',');
            switch (value)
            {
                case VariableNode variable:
                    builder.Append(Inspect.JsonString(variable.Name.Value));
                    break;
                case ObjectValueNode obj:
                    foreach (var field in obj.Fields.OrderBy(field => field.Name.Value, StringComparer.Ordinal))
                    {
                        builder.Append(Inspect.JsonString(field.Name.Value)).Append(':');
                        AppendCanonical(builder, field.Value);
                        builder.Append(',');
                    }

                    break;
                case ListValueNode list:
                    foreach (var item in list.Values)
                    {
                        AppendCanonical(builder, item);
                        builder.Append(',');
                    }

                    break;
                case StringValueNode text:
                    builder.Append(Inspect.JsonString(text.Value)).Append(text.Block ? ",block" : ",quoted");
                    break;
                case IntValueNode integer:
                    builder.Append(integer.Value);
                    break;
                case FloatValueNode number:
                    builder.Append(number.Value);
                    break;
                case EnumValueNode enumValue:
                    builder.Append(enumValue.Value);
                    break;
                case BooleanValueNode boolean:
                    builder.Append(boolean.Value ? "true" : "false");
                    break;
                default:
                    builder.Append("null");
                    break;
            }

            builder.Append(']');
        }

        /// <summary>Two types conflict when no value could be of both: different list or non-null shape, or different leaf types.</summary>
        private bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
        {
            if (ReferenceEquals(type1, type2))
            {
                return false;
            }

            Spend(1);
            return (type1, type2) switch
            {
                (GraphQLList list1, GraphQLList list2) => DoTypesConflict(list1.OfType, list2.OfType),
                (GraphQLList, _) or (_, GraphQLList) => true,
                (GraphQLNonNull nonNull1, GraphQLNonNull nonNull2) => DoTypesConflict(nonNull1.OfType, nonNull2.OfType),
                (GraphQLNonNull, _) or (_, GraphQLNonNull) => true,
                _ when type1.IsLeafType() || type2.IsLeafType() => !ReferenceEquals(type1, type2),
                _ => false,
            };
        }

        private CollectedFields CollectFields(GraphQLNamedType? parentType, SelectionSetNode selectionSet)
        {
            if (!_collected.TryGetValue((parentType, selectionSet), out var fields))
            {
                fields = new CollectedFields();
                CollectFieldsInto(parentType, selectionSet, fields);
                _collected[(parentType, selectionSet)] = fields;
            }

            return fields;
        }

        private CollectedFields CollectFragmentFields(FragmentDefinitionNode fragment) =>
            CollectFields(TypeComparators.TypeFromAst(context.Schema, fragment.TypeCondition) as GraphQLNamedType, fragment.SelectionSet);

        private void CollectFieldsInto(GraphQLNamedType? parentType, SelectionSetNode selectionSet, CollectedFields fields)
        {
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        // Only the type's own fields: a meta-field such as __typename has no definition here.
                        var definition = (parentType as GraphQLFieldsType)?.Field(field.Name.Value);
                        if (!fields.GroupedFieldSet.TryGetValue(field.ResponseKey, out var group))
                        {
                            group = [];
                            fields.GroupedFieldSet.Add(field.ResponseKey, group);
                        }

                        group.Add(new FieldDetails(parentType, field, definition));
                        break;
                    case FragmentSpreadNode spread:
                        if (!fields.FragmentNames.Contains(spread.Name.Value))
                        {
                            fields.FragmentNames.Add(spread.Name.Value);
                        }

                        break;
                    case InlineFragmentNode inline:
                        var inlineType = inline.TypeCondition is { } condition
                            ? TypeComparators.TypeFromAst(context.Schema, condition) as GraphQLNamedType
                            : parentType;
                        CollectFieldsInto(inlineType, inline.SelectionSet, fields);
                        break;
                }
            }
        }

        /// <summary>
        /// Nested conflicts become one conflict of the enclosing fields: their reasons joined as
        /// "subfields ... conflict because ...", their fields after the enclosing ones, both bounded.
        /// </summary>
        private static Conflict? SubfieldConflicts(List<Conflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
        {
            if (conflicts.Count == 0)
            {
                return null;
            }

            var message = new StringBuilder();
            foreach (var conflict in conflicts)
            {
                message.Append(message.Length == 0 ? "" : " and ")
                    .Append("subfields \"").Append(MaybeAbbreviate(conflict.ResponseName)).Append("\" conflict because ").Append(conflict.Reason);
                if (message.Length > MaxConflictDetailLength)
                {
                    break;
                }
            }

            return new Conflict(
                responseName,
                MaybeAbbreviate(message.ToString()),
                ConflictNodes(node1, conflicts, conflict => conflict.Fields1),
                ConflictNodes(node2, conflicts, conflict => conflict.Fields2));
        }

        /// <summary>The enclosing field then the nested conflicts' fields, at most twenty, keeping the innermost of each.</summary>
        private static List<FieldNode> ConflictNodes(FieldNode node, List<Conflict> conflicts, Func<Conflict, IReadOnlyList<FieldNode>> side)
        {
            var nodes = new List<FieldNode> { node };
            foreach (var conflict in conflicts)
            {
                var remaining = MaxConflictNodes - nodes.Count;
                var fields = side(conflict);
                nodes.AddRange(fields.Skip(Math.Max(0, fields.Count - remaining)));
                if (nodes.Count == MaxConflictNodes)
                {
                    break;
                }
            }

            return nodes;
        }

        private void Spend(int cost)
        {
            _remainingBudget -= cost;
            if (_remainingBudget < 0)
            {
                context.Abort();
            }
        }
    }
}
