using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>
/// What the rules of one validation run share, as graphql-js's ValidationContext: the schema, the
/// document, the <see cref="Types.TypeInfo"/> kept in step with the traversal, fragment and
/// variable look-ups cached for the run, and the error sink with its cap.
/// </summary>
public sealed class ValidationContext
{
    private const string TooManyErrors = "Too many validation errors, error limit reached. Validation aborted.";

    /// <summary>graphql-js's bound on fragment bookkeeping, so that crafted documents cannot make validation quadratic.</summary>
    private const int FragmentWorkBudget = 50_000;

    private readonly List<GraphQLError> _errors;
    private readonly int _maxErrors;
    private readonly Dictionary<SelectionSetNode, IReadOnlyList<FragmentSpreadNode>> _fragmentSpreads = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Node, IReadOnlyList<FragmentDefinitionNode>> _referencedFragments = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Node, IReadOnlyList<VariableUsage>> _variableUsages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Node, IReadOnlyList<VariableUsage>> _recursiveVariableUsages = new(ReferenceEqualityComparer.Instance);
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private int _remainingFragmentWork = FragmentWorkBudget;

    internal ValidationContext(GraphQLSchema schema, DocumentNode document, TypeInfo typeInfo, int maxErrors, List<GraphQLError> errors)
    {
        Schema = schema;
        Document = document;
        TypeInfo = typeInfo;
        _maxErrors = maxErrors;
        _errors = errors;
    }

    /// <summary>The schema the document is validated against.</summary>
    public GraphQLSchema Schema { get; }

    /// <summary>The document being validated.</summary>
    public DocumentNode Document { get; }

    /// <summary>The schema elements at the node being visited.</summary>
    public TypeInfo TypeInfo { get; }

    /// <summary>
    /// Records an error. Errors without a code get <see cref="ErrorCodes.ValidationFailed"/>. Once the
    /// cap is reached, records the "too many errors" error instead and stops the run.
    /// </summary>
    public void ReportError(GraphQLError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (_errors.Count >= _maxErrors)
        {
            _errors.Add(GraphQLError.Request(TooManyErrors, ErrorCodes.ValidationFailed));
            throw new ValidationAbortedException(TooManyErrors);
        }

        _errors.Add(error.Code is null ? error.WithCode(ErrorCodes.ValidationFailed) : error);
    }

    /// <summary>Records an error about <paramref name="nodes"/>, located at each of them in order.</summary>
    public void ReportError(string message, params IEnumerable<Node> nodes) => ReportError(GraphQLError.At(message, nodes));

    /// <summary>The fragment definition named <paramref name="name"/>; the last one when the name is defined twice.</summary>
    public FragmentDefinitionNode? GetFragment(string name)
    {
        _fragments ??= Document.Definitions
            .OfType<FragmentDefinitionNode>()
            .GroupBy(fragment => fragment.Name.Value, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Last(), StringComparer.Ordinal);
        return _fragments.GetValueOrDefault(name);
    }

    /// <summary>The fragment spreads in a selection set and its nested ones, not following the spreads, in graphql-js's order.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        ArgumentNullException.ThrowIfNull(selectionSet);
        if (_fragmentSpreads.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var spreads = new List<FragmentSpreadNode>();
        var setsToVisit = new Stack<SelectionSetNode>([selectionSet]);
        while (setsToVisit.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } fieldSelections }:
                        setsToVisit.Push(fieldSelections);
                        break;
                    case InlineFragmentNode inline:
                        setsToVisit.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        _fragmentSpreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>The fragments an operation uses directly or through other fragments, each once, breadth first.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (!_referencedFragments.TryGetValue(operation, out var fragments))
        {
            fragments = ReferencedFragments([operation]);
            _referencedFragments[operation] = fragments;
        }

        return fragments;
    }

    /// <summary>The fragments any of <paramref name="operations"/> uses directly or through other fragments.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(IReadOnlyList<OperationDefinitionNode> operations)
    {
        ArgumentNullException.ThrowIfNull(operations);
        return ReferencedFragments(operations);
    }

    /// <summary>The variables used in an operation or fragment (not following spreads), with the types expected where they stand.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (!_variableUsages.TryGetValue(definition, out var usages))
        {
            var collector = new VariableUsageCollector(new TypeInfo(Schema));
            Visitor.Visit(definition, new TypeInfoVisitor(collector.TypeInfo, collector));
            usages = collector.Usages;
            _variableUsages[definition] = usages;
        }

        return usages;
    }

    /// <summary>The variables used in an operation and in every fragment it uses, the operation's own first.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (!_recursiveVariableUsages.TryGetValue(operation, out var usages))
        {
            var fragments = GetRecursivelyReferencedFragments(operation);
            SpendFragmentWork(fragments.Count);
            var fragmentUsages = new List<VariableUsage>();
            foreach (var fragment in fragments)
            {
                var local = GetVariableUsages(fragment);
                SpendFragmentWork(local.Count);
                fragmentUsages.AddRange(local);
            }

            SpendFragmentWork(fragmentUsages.Count);
            usages = [.. GetVariableUsages(operation), .. fragmentUsages];
            _recursiveVariableUsages[operation] = usages;
        }

        return usages;
    }

    /// <summary>Charges fragment bookkeeping against the run's budget; stops the run with "Validation aborted." when it runs out.</summary>
    internal void SpendFragmentWork(int cost)
    {
        _remainingFragmentWork -= cost;
        if (_remainingFragmentWork < 0)
        {
            Abort();
        }
    }

    /// <summary>Records graphql-js's "Validation aborted." error and stops the run.</summary>
    internal void Abort()
    {
        _errors.Add(GraphQLError.Request("Validation aborted.", ErrorCodes.ValidationFailed));
        throw new ValidationAbortedException();
    }

    private List<FragmentDefinitionNode> ReferencedFragments(IReadOnlyList<OperationDefinitionNode> operations)
    {
        var names = new List<string>();
        var collected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var spread in operations.SelectMany(operation => GetFragmentSpreads(operation.SelectionSet)))
        {
            if (collected.Add(spread.Name.Value))
            {
                names.Add(spread.Name.Value);
            }
        }

        SpendFragmentWork(names.Count);
        var fragments = new List<FragmentDefinitionNode>();

        // Breadth first over a growing list, as graphql-js iterates a Set it adds to.
        for (var i = 0; i < names.Count; i++)
        {
            if (GetFragment(names[i]) is not { } fragment)
            {
                continue;
            }

            fragments.Add(fragment);
            var spreads = GetFragmentSpreads(fragment.SelectionSet);
            SpendFragmentWork(spreads.Count);
            foreach (var spread in spreads)
            {
                if (collected.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }

        return fragments;
    }

    /// <summary>Collects variable usages with their expected types, not looking inside variable definitions.</summary>
    private sealed class VariableUsageCollector(TypeInfo typeInfo) : AstVisitor
    {
        public TypeInfo TypeInfo { get; } = typeInfo;

        public List<VariableUsage> Usages { get; } = [];

        public override VisitorAction Enter(Node node, IReadOnlyList<Node> ancestors)
        {
            switch (node)
            {
                case VariableDefinitionNode:
                    return VisitorAction.Skip;
                case VariableNode variable:
                    Usages.Add(new VariableUsage(
                        variable,
                        TypeInfo.InputType,
                        TypeInfo.DefaultValueSource is { HasDefaultValue: true },
                        TypeInfo.ParentInputType));
                    break;
            }

            return VisitorAction.Continue;
        }
    }
}
