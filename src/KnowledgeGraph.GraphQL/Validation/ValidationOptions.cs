namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>
/// How <see cref="DocumentValidator.Validate"/> runs: the error cap, the rules, and the optional
/// limits on an operation's size. Every limit is off (null) unless set; <see cref="RecommendedLimits"/>
/// holds values that let GraphiQL's full introspection query through.
/// </summary>
public sealed record ValidationOptions
{
    /// <summary>
    /// Limits suited to a public endpoint: depth 15, 2,000 fields and 200 aliases. GraphiQL's full
    /// introspection query stays within them. The cost of an operation depends on its variables,
    /// so execution limits it (<see cref="Execution.ExecutionOptions.MaxCost"/>).
    /// </summary>
    public static ValidationOptions RecommendedLimits { get; } = new()
    {
        MaxDepth = 15,
        MaxFields = 2_000,
        MaxAliases = 200,
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
    /// The rules to run instead of <see cref="SpecifiedRules.All"/>; null (the default) runs those.
    /// The limit rules configured above run after these either way.
    /// </summary>
    public IReadOnlyList<IValidationRule>? Rules { get; init; }
}
