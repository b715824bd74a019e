using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation.Rules.Custom;

/// <summary>
/// Measures an operation as if every fragment spread were written out in place: a value per field,
/// combined over each selection set. Selection sets are measured once per parent type, so a
/// fragment spread many times costs one walk; a spread that would re-enter a fragment being
/// measured counts nothing (the cycle is reported by the fragment cycles rule). Values
/// saturate instead of overflowing.
/// </summary>
internal abstract class OperationMeasure(ValidationContext context)
{
    private readonly Dictionary<(GraphQLNamedType?, SelectionSetNode), long> _measured = new(SelectionSetKeyComparer.Instance);
    private readonly HashSet<string> _fragmentsInProgress = new(StringComparer.Ordinal);

    protected ValidationContext Context { get; } = context;

    /// <summary>"Operation "Q"" or "The anonymous operation", to begin a message.</summary>
    public static string Describe(OperationDefinitionNode operation) =>
        operation.Name is { } name ? $"Operation \"{name.Value}\"" : "The anonymous operation";

    public long Measure(OperationDefinitionNode operation) =>
        MeasureSelections(Context.Schema.GetRootType(operation.Operation), operation.SelectionSet);

    protected static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    protected static long Multiply(long a, long b) => a != 0 && b > long.MaxValue / a ? long.MaxValue : a * b;

    /// <summary>The value of one field, given its definition (null when unknown); measure its selections with <see cref="MeasureSubSelections"/>.</summary>
    protected abstract long MeasureField(FieldNode field, GraphQLField? definition);

    /// <summary>How the values of the selections of one selection set add up.</summary>
    protected abstract long Combine(long total, long value);

    /// <summary>The measure of a field's sub-selection, or 0 for a leaf field.</summary>
    protected long MeasureSubSelections(FieldNode field, GraphQLField? definition) =>
        field.SelectionSet is { } selectionSet
            ? MeasureSelections(definition?.Type.NamedType() is { } type && type.IsCompositeType() ? type : null, selectionSet)
            : 0;

    private long MeasureSelections(GraphQLNamedType? parentType, SelectionSetNode selectionSet)
    {
        if (_measured.TryGetValue((parentType, selectionSet), out var known))
        {
            return known;
        }

        long total = 0;
        foreach (var selection in selectionSet.Selections)
        {
            total = Combine(total, selection switch
            {
                FieldNode field => MeasureField(field, parentType is null ? null : TypeInfo.GetFieldDefinition(Context.Schema, parentType, field.Name.Value)),
                InlineFragmentNode inline => MeasureSelections(TypeCondition(inline.TypeCondition) ?? parentType, inline.SelectionSet),
                FragmentSpreadNode spread => MeasureSpread(spread.Name.Value),
                _ => 0,
            });
        }

        _measured[(parentType, selectionSet)] = total;
        return total;
    }

    private long MeasureSpread(string fragmentName)
    {
        if (Context.GetFragment(fragmentName) is not { } fragment || !_fragmentsInProgress.Add(fragmentName))
        {
            return 0;
        }

        var value = MeasureSelections(TypeCondition(fragment.TypeCondition), fragment.SelectionSet);
        _fragmentsInProgress.Remove(fragmentName);
        return value;
    }

    private GraphQLNamedType? TypeCondition(NamedTypeNode? condition) =>
        condition is null ? null : TypeComparators.TypeFromAst(Context.Schema, condition) as GraphQLNamedType;
}

/// <summary>Counts field selections, aliases and <c>__typename</c> included.</summary>
internal sealed class FieldCountMeasure(ValidationContext context) : OperationMeasure(context)
{
    /// <summary>The number of fields in one field's subtree, the field included.</summary>
    public long Measure(FieldNode field, GraphQLField? definition) => MeasureField(field, definition);

    protected override long MeasureField(FieldNode field, GraphQLField? definition) => Add(1, MeasureSubSelections(field, definition));

    protected override long Combine(long total, long value) => Add(total, value);
}
