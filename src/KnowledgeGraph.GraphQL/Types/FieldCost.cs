namespace KnowledgeGraph.GraphQL.Types;

/// <summary>
/// How the cost model (<see cref="Execution.ExecutionOptions.MaxCost"/>) counts one field: what a
/// resolution of it weighs, which arguments multiply that work, and which arguments bound how
/// many items its list (or the lists of some of its sub-fields) holds. Fields without one cost 1
/// per resolution, and a list without a bound is assumed to hold
/// <see cref="Execution.ExecutionOptions.DefaultListSize"/> items.
/// </summary>
/// <example><code>
/// // paths(maxHops: Int = 4, first: Int = 5): [Path!]! — each path found costs 10 per hop.
/// field.Cost(new FieldCost { Weight = 10, WorkArguments = ["maxHops"], SizeArguments = ["first"] });
/// // relationships(first: Int = 100): RelationshipConnection! — first bounds the connection's edges.
/// field.Cost(new FieldCost { SizeArguments = ["first"], SizedFields = ["edges"] });
/// </code></example>
public sealed record FieldCost
{
    /// <summary>What one resolution of the field costs before <see cref="WorkArguments"/> multiply it; at least 1. Default 1.</summary>
    public int Weight { get; init; } = 1;

    /// <summary>
    /// Int arguments whose values multiply <see cref="Weight"/>: the work of a traversal grows with
    /// its depth (<c>maxHops</c>, <c>depth</c>). A value below 1, or none, multiplies by 1.
    /// </summary>
    public IReadOnlyList<string> WorkArguments { get; init; } = [];

    /// <summary>
    /// Int arguments that bound how many items the list holds (<c>first</c>, <c>limit</c>): the
    /// largest value given, or defaulted by the schema, is the list's size. The list is the
    /// field's own, or those of <see cref="SizedFields"/> when it names any.
    /// </summary>
    public IReadOnlyList<string> SizeArguments { get; init; } = [];

    /// <summary>
    /// List fields of the field's type whose size <see cref="SizeArguments"/> bound instead of the
    /// field's own: a connection's <c>edges</c>, a subgraph's <c>nodes</c> and <c>relationships</c>.
    /// </summary>
    public IReadOnlyList<string> SizedFields { get; init; } = [];

    /// <summary>
    /// The size to assume when no size argument has a value, for a list that nothing bounds but the
    /// data (every source of a catalogue); null for the executor's default list size.
    /// </summary>
    public int? AssumedSize { get; init; }
}
