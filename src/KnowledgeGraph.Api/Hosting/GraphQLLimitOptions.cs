using KnowledgeGraph.GraphQL.Pipeline;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// The limits every GraphQL request runs under, bound from the <c>GraphQL</c> configuration
/// section (environment: <c>GraphQL__MaxDepth</c> and so on). The defaults are the engine's
/// (<see cref="GraphQLRequestOptions"/>) and let GraphiQL's full introspection query through.
/// </summary>
public sealed class GraphQLLimitOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string Section = "GraphQL";

    /// <summary>Deepest nesting of field selections in an operation; null for no limit. Default 15.</summary>
    public int? MaxDepth { get; set; } = 15;

    /// <summary>Most field selections in an operation, fragments expanded; null for no limit. Default 2,000.</summary>
    public int? MaxFields { get; set; } = 2_000;

    /// <summary>Most aliased field selections in an operation; null for no limit. Default 200.</summary>
    public int? MaxAliases { get; set; } = 200;

    /// <summary>Highest estimated cost of an operation (a field costs 1 plus its selection, times its <c>first</c>/<c>limit</c>); null for no limit. Default 25,000.</summary>
    public int? MaxCost { get; set; } = 25_000;

    /// <summary>How long one request may execute before it is cancelled with <c>EXECUTION_TIMEOUT</c>. Default 10 seconds (<c>00:00:10</c>).</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Whether <c>__schema</c> and <c>__type</c> may be queried; the playground needs it. Default true.</summary>
    public bool EnableIntrospection { get; set; } = true;

    /// <summary>How many parsed and validated documents are kept for reuse; 0 turns the cache off. Default 1,000.</summary>
    public int DocumentCacheSize { get; set; } = 1_000;

    /// <summary>Copies the limits onto the engine's options.</summary>
    internal void ApplyTo(GraphQLRequestOptions options)
    {
        options.MaxDepth = MaxDepth;
        options.MaxFields = MaxFields;
        options.MaxAliases = MaxAliases;
        options.MaxCost = MaxCost;
        options.ExecutionTimeout = ExecutionTimeout;
        options.EnableIntrospection = EnableIntrospection;
        options.DocumentCacheSize = DocumentCacheSize;
    }
}
