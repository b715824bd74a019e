using KnowledgeGraph.GraphQL.Pipeline;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.GraphQL.Http;

/// <summary>How one GraphQL-over-HTTP endpoint behaves. The pipeline's own limits are in <see cref="GraphQLRequestOptions"/>.</summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>Largest request body accepted, in bytes; a larger one gets 413. Default 1 MiB (1,048,576).</summary>
    public long MaxRequestBodySize { get; set; } = 1_048_576;

    /// <summary>Whether queries may be sent with GET (mutations never may). Default true.</summary>
    public bool EnableGetRequests { get; set; } = true;

    /// <summary>Makes each request's context value (visible to resolvers as <c>ContextValue</c>); default none, so it is null.</summary>
    public Func<HttpContext, object?>? ContextFactory { get; set; }

    /// <summary>The root value of every request. Default null.</summary>
    public object? RootValue { get; set; }
}
