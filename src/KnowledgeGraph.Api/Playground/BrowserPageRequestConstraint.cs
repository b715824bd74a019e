using KnowledgeGraph.GraphQL.Http;

namespace KnowledgeGraph.Api.Playground;

/// <summary>
/// Matches the requests a browser makes to open a page, exactly as the GraphQL endpoint tells
/// them apart (<see cref="GraphQLHttp.IsBrowserPageRequest"/>), so the two endpoints sharing a
/// path never both claim, nor both refuse, a request.
/// </summary>
internal sealed class BrowserPageRequestConstraint : IRouteConstraint
{
    /// <summary>The key the constraint is registered under; it names no route parameter.</summary>
    public const string RouteKey = "browserPage";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        routeDirection == RouteDirection.UrlGeneration
        || (httpContext is not null && GraphQLHttp.IsBrowserPageRequest(httpContext.Request));
}
