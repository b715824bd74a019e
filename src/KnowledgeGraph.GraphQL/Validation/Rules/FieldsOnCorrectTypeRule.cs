using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Field Selections (spec section 5.3.1, <c>#sec-Field-Selections</c>): "The target field of a field
/// selection must be defined on the scoped type of the selection set. There are no limitations on
/// alias names." Suggests an inline fragment on the types that do define the field, else fields
/// with a similar name.
/// </summary>
internal sealed class FieldsOnCorrectTypeRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : AstVisitor
    {
        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            if (node is FieldNode field && context.TypeInfo.ParentType is { } parentType && context.TypeInfo.FieldDefinition is null)
            {
                var fieldName = field.Name.Value;
                var suggestion = Suggestions.DidYouMean(SuggestedTypeNames(parentType, fieldName), "to use an inline fragment on");
                if (suggestion.Length == 0)
                {
                    suggestion = Suggestions.DidYouMean(SuggestedFieldNames(parentType, fieldName));
                }

                context.ReportError($"Cannot query field \"{fieldName}\" on type \"{parentType.Name}\"." + suggestion, field);
            }

            return VisitorAction.Continue;
        }

        /// <summary>The object and interface types below an abstract type that define the field, the most used first, then super types before sub types.</summary>
        private List<string> SuggestedTypeNames(GraphQLNamedType type, string fieldName)
        {
            if (!type.IsAbstractType())
            {
                return [];
            }

            var suggestedTypes = new List<GraphQLFieldsType>();
            var usageCount = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var possibleType in context.Schema.GetPossibleTypes(type).Where(possible => possible.Field(fieldName) is not null))
            {
                AddOnce(suggestedTypes, possibleType);
                usageCount[possibleType.Name] = 1;
                foreach (var possibleInterface in possibleType.Interfaces.Where(iface => iface.Field(fieldName) is not null))
                {
                    AddOnce(suggestedTypes, possibleInterface);
                    usageCount[possibleInterface.Name] = usageCount.GetValueOrDefault(possibleInterface.Name) + 1;
                }
            }

            SortAsJavaScript(suggestedTypes, (typeA, typeB) => CompareSuggestions(typeA, typeB, usageCount));
            return suggestedTypes.Select(suggested => suggested.Name).ToList();
        }

        /// <summary>
        /// The comparison above is not a total order (sub-typing beats names only for related
        /// pairs), so the result depends on the sorting algorithm. Lists shorter than 64 are sorted
        /// as V8's Array.prototype.sort sorts them: one natural run, then binary insertion. Longer
        /// lists, rare for suggestions, fall back to a stable sort.
        /// </summary>
        private static void SortAsJavaScript<T>(List<T> items, Comparison<T> compare)
        {
            if (items.Count >= 64)
            {
                var sorted = items.Order(Comparer<T>.Create(compare)).ToList();
                items.Clear();
                items.AddRange(sorted);
                return;
            }

            if (items.Count < 2)
            {
                return;
            }

            var runLength = 2;
            var isDescending = compare(items[1], items[0]) < 0;
            while (runLength < items.Count && (compare(items[runLength], items[runLength - 1]) < 0) == isDescending)
            {
                runLength++;
            }

            if (isDescending)
            {
                items.Reverse(0, runLength);
            }

            for (var start = runLength; start < items.Count; start++)
            {
                var pivot = items[start];
                int left = 0, right = start;
                while (left < right)
                {
                    var middle = left + ((right - left) >> 1);
                    if (compare(pivot, items[middle]) < 0)
                    {
                        right = middle;
                    }
                    else
                    {
                        left = middle + 1;
                    }
                }

                items.RemoveAt(start);
                items.Insert(left, pivot);
            }
        }

        private int CompareSuggestions(GraphQLFieldsType typeA, GraphQLFieldsType typeB, Dictionary<string, int> usageCount)
        {
            var usageCountDiff = usageCount[typeB.Name] - usageCount[typeA.Name];
            if (usageCountDiff != 0)
            {
                return usageCountDiff;
            }

            if (typeA is GraphQLInterfaceType && context.Schema.IsSubType(typeA, typeB))
            {
                return -1;
            }

            if (typeB is GraphQLInterfaceType && context.Schema.IsSubType(typeB, typeA))
            {
                return 1;
            }

            return Suggestions.NaturalComparer.Instance.Compare(typeA.Name, typeB.Name);
        }

        private static void AddOnce(List<GraphQLFieldsType> types, GraphQLFieldsType type)
        {
            if (!types.Contains(type))
            {
                types.Add(type);
            }
        }

        private static IReadOnlyList<string> SuggestedFieldNames(GraphQLNamedType type, string fieldName) =>
            type is GraphQLFieldsType fielded ? Suggestions.List(fieldName, fielded.Fields.Keys) : [];
    }
}
