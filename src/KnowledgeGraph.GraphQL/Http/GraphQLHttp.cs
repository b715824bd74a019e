using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.GraphQL.Http;

/// <summary>What the GraphQL endpoint and a browser page at the same address agree on.</summary>
public static class GraphQLHttp
{
    /// <summary>
    /// True for a browser opening the address as a page: a GET without a <c>query</c> parameter
    /// whose <c>Accept</c> header names <c>text/html</c>. The GraphQL endpoint leaves such requests
    /// to another endpoint mapped at the same address (a playground), when one exists.
    /// </summary>
    public static bool IsBrowserPageRequest(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return HttpMethods.IsGet(request.Method) && !request.Query.ContainsKey("query") && MediaTypes.AcceptsHtml(request.Headers.Accept);
    }
}
