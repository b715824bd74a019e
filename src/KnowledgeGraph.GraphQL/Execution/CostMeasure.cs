using System.Globalization;
using System.Runtime.CompilerServices;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// The cost model, applied to one operation once its variables are coerced. Each resolution of a
/// field costs its weight (<see cref="FieldCost.Weight"/>, 1 by default) times its work arguments;
/// a list field is resolved once but costs that weight per item, and what is selected on an item
/// counts once per item. A list holds as many items as its size arguments say (given, from a
/// variable, or the schema's default; an explicit null counts as the default), else its parent's
/// size arguments (<see cref="FieldCost.SizedFields"/>), else its assumed size, else the default
/// list size. Every selection counts, <c>@skip</c> and <c>@include</c> notwithstanding, and every
/// type condition of an abstract type. Fields under <c>__schema</c> and <c>__type</c> cost 1 each
/// without multipliers: the schema bounds their lists. Values saturate instead of overflowing.
/// </summary>
internal sealed class CostMeasure(
    GraphQLSchema schema,
    IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
    IReadOnlyDictionary<string, object?> variables,
    int defaultListSize)
{
    /// <summary>How many selections the search for the argument to lower looks at; enough for any document the field limit lets through.</summary>
    private const int MaxHintVisits = 10_000;

    private readonly Dictionary<SelectionKey, long> _measured = [];
    private readonly Dictionary<FieldNode, FieldBounds> _bounds = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string> _fragmentsInProgress = new(StringComparer.Ordinal);

    /// <summary>The estimated cost of <paramref name="operation"/>.</summary>
    public long Measure(OperationDefinitionNode operation) =>
        MeasureSelections(schema.GetRootType(operation.Operation), operation.SelectionSet, null, introspecting: false);

    /// <summary>
    /// The argument whose lowering to 1 would cut the cost most, summed over every selection of
    /// the same path, or null when no argument multiplies anything.
    /// </summary>
    public CostHint? ArgumentToLower(OperationDefinitionNode operation)
    {
        var savings = new Dictionary<(string Path, string Argument), CostHint>();
        var visits = 0;
        var walk = new HintWalk(savings);
        Hint(schema.GetRootType(operation.Operation), operation.SelectionSet, new HintScope(null, null, string.Empty, 1, false), walk, ref visits);
        return savings.Values.Where(hint => hint.Saving > 0).MaxBy(hint => hint.Saving);
    }

    private static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    private static long Multiply(long a, long b) => a != 0 && b > long.MaxValue / a ? long.MaxValue : a * b;

    private long MeasureSelections(GraphQLNamedType? parentType, SelectionSetNode selectionSet, Sizing? sizing, bool introspecting)
    {
        var key = new SelectionKey(parentType, selectionSet, sizing?.Fields, sizing?.Size ?? 0, introspecting);
        if (_measured.TryGetValue(key, out var known))
        {
            return known;
        }

        long total = 0;
        foreach (var selection in selectionSet.Selections)
        {
            total = Add(total, selection switch
            {
                FieldNode field => MeasureField(parentType, field, sizing, introspecting),
                InlineFragmentNode inline => MeasureSelections(TypeCondition(inline.TypeCondition) ?? parentType, inline.SelectionSet, sizing, introspecting),
                FragmentSpreadNode spread => InFragment(spread, fragment => MeasureSelections(TypeCondition(fragment.TypeCondition), fragment.SelectionSet, sizing, introspecting)),
                _ => 0,
            });
        }

        _measured[key] = total;
        return total;
    }

    private long MeasureField(GraphQLNamedType? parentType, FieldNode field, Sizing? sizing, bool introspecting)
    {
        var estimate = Estimate(parentType, field, sizing, introspecting);
        return Multiply(estimate.Count, Add(estimate.Own, MeasureSubSelections(field, estimate)));
    }

    private long MeasureSubSelections(FieldNode field, FieldEstimate estimate) =>
        field.SelectionSet is { } selectionSet ? MeasureSelections(estimate.ChildType, selectionSet, estimate.ChildSizing, estimate.Introspecting) : 0;

    /// <summary>Runs <paramref name="measure"/> on the spread's fragment; a spread that re-enters a fragment being measured (a cycle, which validation reports) counts nothing.</summary>
    private long InFragment(FragmentSpreadNode spread, Func<FragmentDefinitionNode, long> measure)
    {
        var name = spread.Name.Value;
        if (!fragments.TryGetValue(name, out var fragment) || !_fragmentsInProgress.Add(name))
        {
            return 0;
        }

        try
        {
            return measure(fragment);
        }
        finally
        {
            _fragmentsInProgress.Remove(name);
        }
    }

    private FieldEstimate Estimate(GraphQLNamedType? parentType, FieldNode field, Sizing? sizing, bool introspecting)
    {
        var definition = parentType is null ? null : TypeInfo.GetFieldDefinition(schema, parentType, field.Name.Value);
        var childType = definition?.Type.NamedType() is { } named && named.IsCompositeType() ? named : null;
        if (definition is null || introspecting || ReferenceEquals(definition, Introspection.SchemaMetaField) || ReferenceEquals(definition, Introspection.TypeMetaField))
        {
            return new FieldEstimate(1, 1, null, false, null, childType, introspecting || definition is not null, []);
        }

        var bounds = BoundsOf(field, definition);
        var cost = definition.Cost;
        long? bound = bounds.Size?.Value ?? cost?.AssumedSize;
        var sizesChildren = cost is { SizedFields.Count: > 0 };
        var childSizing = sizesChildren && bound is { } childSize ? new Sizing(cost!.SizedFields, childSize, bounds.Size) : null;
        var own = bounds.Work.Aggregate((long)(cost?.Weight ?? 1), (product, work) => Multiply(product, work.Value));
        if (definition.Type.Nullable() is not GraphQLList)
        {
            return new FieldEstimate(1, own, null, false, childSizing, childType, false, bounds.Work);
        }

        if (sizing is not null && sizing.Fields.Contains(definition.Name))
        {
            return new FieldEstimate(Math.Max(1, sizing.Size), own, sizing.Origin, true, childSizing, childType, false, bounds.Work);
        }

        return !sizesChildren && bound is { } size
            ? new FieldEstimate(Math.Max(1, size), own, bounds.Size, false, childSizing, childType, false, bounds.Work)
            : new FieldEstimate(defaultListSize, own, null, false, childSizing, childType, false, bounds.Work);
    }

    /// <summary>The values of a field's size and work arguments, read once per field node.</summary>
    private FieldBounds BoundsOf(FieldNode field, GraphQLField definition)
    {
        if (_bounds.TryGetValue(field, out var known))
        {
            return known;
        }

        var cost = definition.Cost;
        var bounds = cost is null
            ? FieldBounds.None
            : new FieldBounds(
                cost.SizeArguments.Select(name => ArgumentValue(field, definition, name)).OfType<Bound>().MaxBy(bound => bound.Value),
                [.. cost.WorkArguments.Select(name => ArgumentValue(field, definition, name)).OfType<Bound>().Where(bound => bound.Value > 1)]);
        _bounds[field] = bounds;
        return bounds;
    }

    /// <summary>The Int value an argument will have: its literal, its variable's coerced value, or the schema's default (also for an explicit null).</summary>
    private Bound? ArgumentValue(FieldNode field, GraphQLField definition, string name)
    {
        var argument = field.Arguments.FirstOrDefault(candidate => candidate.Name.Value == name);
        switch (argument?.Value)
        {
            case IntValueNode literal when long.TryParse(literal.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value):
                return new Bound(name, value, $"{value}");
            case VariableNode variable when variables.GetValueOrDefault(variable.Name.Value) is int value:
                return new Bound(name, value, $"${variable.Name.Value} = {value}");
        }

        return definition.Argument(name) is { HasDefaultValue: true, DefaultValue: int defaultValue }
            ? new Bound(name, defaultValue, $"{defaultValue} by default")
            : null;
    }

    private GraphQLNamedType? TypeCondition(NamedTypeNode? condition) =>
        condition is null ? null : TypeComparators.TypeFromAst(schema, condition) as GraphQLNamedType;

    private void Hint(GraphQLNamedType? parentType, SelectionSetNode selectionSet, HintScope scope, HintWalk walk, ref int visits)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (++visits > MaxHintVisits)
            {
                return;
            }

            switch (selection)
            {
                case FieldNode field:
                    HintField(parentType, field, scope, walk, ref visits);
                    break;
                case InlineFragmentNode inline:
                    Hint(TypeCondition(inline.TypeCondition) ?? parentType, inline.SelectionSet, scope, walk, ref visits);
                    break;
                case FragmentSpreadNode spread when fragments.TryGetValue(spread.Name.Value, out var fragment) && _fragmentsInProgress.Add(spread.Name.Value):
                    Hint(TypeCondition(fragment.TypeCondition), fragment.SelectionSet, scope, walk, ref visits);
                    _fragmentsInProgress.Remove(spread.Name.Value);
                    break;
            }
        }
    }

    private void HintField(GraphQLNamedType? parentType, FieldNode field, HintScope scope, HintWalk walk, ref int visits)
    {
        var estimate = Estimate(parentType, field, scope.Sizing, scope.Introspecting);
        var path = scope.Path.Length == 0 ? field.Name.Value : $"{scope.Path}.{field.Name.Value}";
        var perItem = Add(estimate.Own, MeasureSubSelections(field, estimate));
        if (estimate.CountBound is { } countBound)
        {
            var (boundPath, owner) = estimate.CountFromParent ? (scope.Path, scope.Parent!) : (path, field);
            walk.Record(boundPath, owner, countBound, scope.Multiplicity * (estimate.Count - 1) * perItem);
        }

        foreach (var work in estimate.Work)
        {
            walk.Record(path, field, work, scope.Multiplicity * estimate.Count * estimate.Own * (1 - (1d / work.Value)));
        }

        if (field.SelectionSet is { } selectionSet)
        {
            var inner = new HintScope(estimate.ChildSizing, field, path, scope.Multiplicity * estimate.Count, estimate.Introspecting);
            Hint(estimate.ChildType, selectionSet, inner, walk, ref visits);
        }
    }

    /// <summary>Where the hint walk is: the field whose selection it walks (null at the root) and its path of field names, the sizing that field gives, and how many times the selection runs.</summary>
    private sealed record HintScope(Sizing? Sizing, FieldNode? Parent, string Path, double Multiplicity, bool Introspecting);

    /// <summary>Adds up, per path and argument, what lowering the argument to 1 would save.</summary>
    private sealed class HintWalk(Dictionary<(string Path, string Argument), CostHint> savings)
    {
        public void Record(string path, FieldNode owner, Bound bound, double saving)
        {
            var key = (path, bound.Argument);
            var hint = savings.GetValueOrDefault(key) ?? new CostHint(path, bound.Argument, bound.Text);
            hint.Add(owner, saving);
            savings[key] = hint;
        }
    }

    /// <summary>A list size inherited from the parent field's size arguments, for its <see cref="FieldCost.SizedFields"/>.</summary>
    private sealed record Sizing(IReadOnlyList<string> Fields, long Size, Bound? Origin);

    /// <summary>The value of one argument, and its value as a message tells it: "50", "$n = 1000", "100 by default".</summary>
    private sealed record Bound(string Argument, long Value, string Text);

    private sealed record FieldBounds(Bound? Size, IReadOnlyList<Bound> Work)
    {
        public static readonly FieldBounds None = new(null, []);
    }

    /// <summary>How one field counts: items, cost of each resolution, what bounds its items, and how its sub-selection is measured.</summary>
    private sealed record FieldEstimate(
        long Count,
        long Own,
        Bound? CountBound,
        bool CountFromParent,
        Sizing? ChildSizing,
        GraphQLNamedType? ChildType,
        bool Introspecting,
        IReadOnlyList<Bound> Work);

    /// <summary>A selection set under a parent type and a sizing; equal only for the same instances, as one document reuses them.</summary>
    private readonly record struct SelectionKey(
        GraphQLNamedType? ParentType, SelectionSetNode SelectionSet, IReadOnlyList<string>? SizedFields, long Size, bool Introspecting)
    {
        public bool Equals(SelectionKey other) =>
            ReferenceEquals(ParentType, other.ParentType) && ReferenceEquals(SelectionSet, other.SelectionSet)
            && ReferenceEquals(SizedFields, other.SizedFields) && Size == other.Size && Introspecting == other.Introspecting;

        public override int GetHashCode() => HashCode.Combine(
            ParentType is null ? 0 : RuntimeHelpers.GetHashCode(ParentType),
            RuntimeHelpers.GetHashCode(SelectionSet),
            SizedFields is null ? 0 : RuntimeHelpers.GetHashCode(SizedFields),
            Size,
            Introspecting);
    }
}

/// <summary>An argument to lower: where it is, its value and where the value came from, and what lowering it to 1 would save.</summary>
internal sealed class CostHint(string path, string argument, string valueText)
{
    private readonly HashSet<FieldNode> _selections = new(ReferenceEqualityComparer.Instance);

    /// <summary>The field names from the root to the field, joined by dots.</summary>
    public string Path { get; } = path;

    public string Argument { get; } = argument;

    /// <summary>The value and where it came from: "50" for a literal, "$n = 1000" for a variable, "100 by default".</summary>
    public string ValueText { get; } = valueText;

    public double Saving { get; private set; }

    /// <summary>How many selections of the document have this path and argument (aliases of one field, say).</summary>
    public int Selections => _selections.Count;

    public void Add(FieldNode selection, double saving)
    {
        _selections.Add(selection);
        Saving += saving;
    }
}
