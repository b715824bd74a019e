using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Pipeline;

/// <summary>
/// Limits and switches of the request pipeline (parse, validate, execute). Every limit is on by
/// default; the defaults let GraphiQL's full introspection query through.
/// </summary>
public sealed class GraphQLRequestOptions
{
    /// <summary>
    /// Parser limits (tokens, document length, nesting). Default: the values of
    /// <see cref="ParserOptions.Default"/> (15,000 tokens, 1 Mi characters, depth 256), in an
    /// instance of these options' own, so that binding configuration onto it changes no one else's.
    /// </summary>
    public ParserOptions Parser { get; set; } = new();

    /// <summary>Most validation errors reported for one document. Default 100.</summary>
    public int MaxValidationErrors { get; set; } = 100;

    /// <summary>Deepest nesting of field selections an operation may have; null for no limit. Default 15.</summary>
    public int? MaxDepth { get; set; } = 15;

    /// <summary>Most field selections an operation may hold, fragments expanded; null for no limit. Default 2,000.</summary>
    public int? MaxFields { get; set; } = 2_000;

    /// <summary>Most aliased field selections an operation may make, fragments expanded; null for no limit. Default 200.</summary>
    public int? MaxAliases { get; set; } = 200;

    /// <summary>
    /// Highest estimated cost an operation may have (<see cref="OperationCost"/>), measured once its
    /// variables are coerced; null for no limit. Default 25,000. Refused with code <c>MAX_COST_EXCEEDED</c>.
    /// </summary>
    public int? MaxCost { get; set; } = 25_000;

    /// <summary>Items the cost model assumes for a list that neither its arguments nor the schema bound. Default 10.</summary>
    public int DefaultListSize { get; set; } = OperationCost.DefaultListSize;

    /// <summary>
    /// How long execution may run before it is cancelled and the request answered with a
    /// <c>EXECUTION_TIMEOUT</c> error; <see cref="Timeout.InfiniteTimeSpan"/> for no limit. Default 10 seconds.
    /// </summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Whether <c>__schema</c> and <c>__type</c> may be queried. Default true.</summary>
    public bool EnableIntrospection { get; set; } = true;

    /// <summary>Whether messages of unexpected resolver exceptions reach clients (for development). Default false.</summary>
    public bool ExposeExceptionMessages { get; set; }

    /// <summary>Called with each unexpected exception and the error that replaced it, for logging. Default none.</summary>
    public Action<Exception, GraphQLError>? OnUnexpectedError { get; set; }

    /// <summary>How many parsed and validated documents are kept, keyed by their text; 0 turns the cache off. Default 1,000.</summary>
    public int DocumentCacheSize { get; set; } = 1_000;

    /// <summary>Longest document text (UTF-16 code units) the cache keeps, so that a few huge documents cannot fill memory. Default 16,384.</summary>
    public int MaxCachedDocumentLength { get; set; } = 16_384;

    /// <summary>Checks that every value is usable.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit is zero or negative where that makes no sense.</exception>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Parser, nameof(Parser));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxValidationErrors, 1, nameof(MaxValidationErrors));
        ThrowIfNotPositive(MaxDepth, nameof(MaxDepth));
        ThrowIfNotPositive(MaxFields, nameof(MaxFields));
        ThrowIfNotPositive(MaxAliases, nameof(MaxAliases));
        ThrowIfNotPositive(MaxCost, nameof(MaxCost));
        ArgumentOutOfRangeException.ThrowIfLessThan(DefaultListSize, 1, nameof(DefaultListSize));
        if (ExecutionTimeout <= TimeSpan.Zero && ExecutionTimeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(ExecutionTimeout), ExecutionTimeout, "The execution timeout must be positive, or Timeout.InfiniteTimeSpan for none.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(DocumentCacheSize, nameof(DocumentCacheSize));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxCachedDocumentLength, nameof(MaxCachedDocumentLength));
    }

    /// <summary>The execution options these settings imply.</summary>
    internal ExecutionOptions ToExecutionOptions() => new()
    {
        EnableIntrospection = EnableIntrospection,
        MaxCost = MaxCost,
        DefaultListSize = DefaultListSize,
        ExposeExceptionMessages = ExposeExceptionMessages,
        OnUnexpectedError = OnUnexpectedError,
    };

    private static void ThrowIfNotPositive(int? limit, string name)
    {
        if (limit is { } value)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, name);
        }
    }
}
