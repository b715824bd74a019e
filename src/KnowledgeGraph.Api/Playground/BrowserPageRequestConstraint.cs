using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Playground;

/// <summary>
/// Matches the requests a browser makes to open a page: a GET that accepts <c>text/html</c> and
/// carries no GraphQL <c>query</c> parameter. Every other request to the same path is left to
/// the GraphQL endpoint.
/// </summary>
internal sealed class BrowserPageRequestConstraint : IRouteConstraint
{
    /// <summary>The key the constraint is registered under; it names no route parameter.</summary>
    public const string RouteKey = "browserPage";

    private const string QueryParameter = "query";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        routeDirection == RouteDirection.UrlGeneration
        || (httpContext is not null && IsBrowserPageRequest(httpContext.Request));

    public static bool IsBrowserPageRequest(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && !request.Query.ContainsKey(QueryParameter)
        && AcceptsHtml(request);

    // Strict: a malformed Accept header is no browser's, so the GraphQL endpoint answers it.
    private static bool AcceptsHtml(HttpRequest request) =>
        MediaTypeHeaderValue.TryParseStrictList(request.Headers.Accept, out var accepted)
        && accepted.Any(mediaType =>
            mediaType.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase)
            && QualityOf(mediaType) > 0);

    // A quality parameter that is not a number makes the header malformed: count it as a refusal.
    private static double QualityOf(MediaTypeHeaderValue mediaType) =>
        mediaType.Quality
        ?? (mediaType.Parameters.Any(parameter => parameter.Name.Equals("q", StringComparison.OrdinalIgnoreCase)) ? 0 : 1);
}
