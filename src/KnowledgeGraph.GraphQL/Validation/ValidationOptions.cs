namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>
/// How <see cref="DocumentValidator.Validate"/> runs: the error cap, the rules, and the optional
/// limits on an operation's size. Every limit is off (null) unless set; <see cref="RecommendedLimits"/>
/// holds values that let GraphiQL's full introspection query through.
/// </summary>
public sealed record ValidationOptions
{
    /// <summary>
    /// Limits suited to a public endpoint: depth 15, 2,000 fields, 200 aliases and cost 25,000,
    /// with the default list size of 10. GraphiQL's full introspection query stays within them.
    /// </summary>
    public static ValidationOptions RecommendedLimits { get; } = new()
    {
        MaxDepth = 15,
        MaxFields = 2_000,
        MaxAliases = 200,
        MaxCost = 25_000,
    };

    /// <summary>
    /// Validation stops after this many errors (default 100), adding a last error
    /// <c>Too many validation errors, error limit reached. Validation aborted.</c> as graphql-js does.
    /// Must not be negative.
    /// </summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>
    /// The deepest field nesting an operation may have, counting a root field as depth 1 and
    /// expanding fragments; null (the default) for no limit. Code <c>MAX_DEPTH_EXCEEDED</c>.
    /// </summary>
    public int? MaxDepth { get; init; }

    /// <summary>
    /// The most field selections an operation may make, aliases and <c>__typename</c> included,
    /// after expanding every fragment spread; null (the default) for no limit. Code <c>MAX_FIELDS_EXCEEDED</c>.
    /// </summary>
    public int? MaxFields { get; init; }

    /// <summary>
    /// The most aliased field selections an operation may make after expanding fragments;
    /// null (the default) for no limit. Code <c>MAX_ALIASES_EXCEEDED</c>.
    /// </summary>
    public int? MaxAliases { get; init; }

    /// <summary>
    /// The highest estimated cost an operation may have; null (the default) for no limit. Code
    /// <c>MAX_COST_EXCEEDED</c>. The model: each field costs 1 plus the cost of its sub-selection,
    /// times a multiplier. The multiplier is the integer literal given to an argument named
    /// <c>first</c> or <c>limit</c> when the field has one (at least 1); otherwise
    /// <see cref="DefaultListSize"/> when the field returns a list; otherwise 1. Fields under
    /// <c>__schema</c> and <c>__type</c> cost 1 each without multipliers: the schema bounds their
    /// size, and the introspection depth rule bounds their nesting.
    /// </summary>
    public int? MaxCost { get; init; }

    /// <summary>
    /// The number of items the cost model assumes for a list field without a <c>first</c> or
    /// <c>limit</c> literal (default 10). Must be at least 1.
    /// </summary>
    public int DefaultListSize { get; init; } = 10;

    /// <summary>
    /// The rules to run instead of <see cref="SpecifiedRules.All"/>; null (the default) runs those.
    /// The limit rules configured above run after these either way.
    /// </summary>
    public IReadOnlyList<IValidationRule>? Rules { get; init; }
}
