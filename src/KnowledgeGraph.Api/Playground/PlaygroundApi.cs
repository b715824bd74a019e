using Microsoft.AspNetCore.Routing.Patterns;

namespace KnowledgeGraph.Api.Playground;

/// <summary>
/// The GraphQL playground: GraphiQL, bundled at build time, opened by browsers at the GraphQL
/// endpoint's own path.
/// </summary>
internal static class PlaygroundApi
{
    /// <summary>
    /// The folder beside the endpoint path that serves the bundle's scripts, styles and fonts;
    /// the page refers to it by a relative URL (assetsDir in app/vite.config.js).
    /// </summary>
    public const string AssetFolder = "graphql-playground";

    /// <summary>
    /// Where the page stands among endpoints of the same path: no later than the GraphQL endpoint
    /// (which the engine maps at -1), so that a browser page request, which the GraphQL endpoint
    /// steps aside for, gets the page whatever order the two were mapped in.
    /// </summary>
    public const int PageOrder = -1;

    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private const string ImmutableCacheControl = "public, max-age=31536000, immutable";

    /// <summary>
    /// Serves the playground page at <paramref name="path"/> (default <c>/graphql</c>) to browser
    /// page requests only (<see cref="KnowledgeGraph.GraphQL.Http.GraphQLHttp.IsBrowserPageRequest"/>:
    /// GETs that accept <c>text/html</c> and have no <c>query</c> parameter) and its files under
    /// <c>graphql-playground/</c> beside that path. Every other request to <paramref name="path"/>
    /// goes to the GraphQL endpoint mapped there, before or after this call.
    /// </summary>
    /// <exception cref="ArgumentException">The path is not an absolute literal path below the root.</exception>
    /// <exception cref="InvalidOperationException">The assembly holds no playground bundle.</exception>
    public static IEndpointRouteBuilder MapPlayground(this IEndpointRouteBuilder endpoints, string path = "/graphql")
    {
        var (parent, lastSegment) = SplitEndpointPath(path);
        var bundle = PlaygroundBundle.Load(typeof(PlaygroundApi).Assembly);

        var pagePattern = RoutePatternFactory.Parse(
            path,
            defaults: null,
            parameterPolicies: new RouteValueDictionary { [BrowserPageRequestConstraint.RouteKey] = new BrowserPageRequestConstraint() });
        endpoints.Map(pagePattern, (HttpContext context) => ServePage(context, bundle, lastSegment))
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get]))
            .WithOrder(PageOrder)
            .WithDisplayName($"GraphQL playground page {path}");

        endpoints.MapGet($"{parent}{AssetFolder}/{{file}}", (string file, HttpContext context) => ServeAsset(context, bundle, $"{AssetFolder}/{file}"))
            .WithDisplayName($"GraphQL playground files {parent}{AssetFolder}/");

        return endpoints;
    }

    private static (string Parent, string LastSegment) SplitEndpointPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!path.StartsWith('/') || path.EndsWith('/') || path.Contains("//", StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"The playground path '{path}' must be an absolute path with at least one segment, such as '/graphql': it starts with '/' and neither ends with '/' nor has empty segments.",
                nameof(path));
        }

        if (path.IndexOfAny(['{', '}', '*', '?', '#']) >= 0)
        {
            throw new ArgumentException(
                $"The playground path '{path}' must be a literal path, such as '/graphql': route parameters, wildcards, query strings and fragments are not allowed.",
                nameof(path));
        }

        var lastSlash = path.LastIndexOf('/');
        return (path[..(lastSlash + 1)], path[(lastSlash + 1)..]);
    }

    private static IResult ServePage(HttpContext context, PlaygroundBundle bundle, string lastSegment)
    {
        // Routing also matches "/graphql/", where the page's relative URLs would miss its files.
        if (context.Request.Path.Value?.EndsWith('/') == true)
        {
            return TypedResults.Redirect($"../{lastSegment}{context.Request.QueryString}");
        }

        var headers = context.Response.Headers;
        headers.Vary = "Accept";
        headers.CacheControl = "no-cache";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        return TypedResults.Bytes(bundle.Page, "text/html; charset=utf-8");
    }

    private static IResult ServeAsset(HttpContext context, PlaygroundBundle bundle, string file)
    {
        var content = bundle.Open(file);
        if (content is null)
        {
            return TypedResults.NotFound();
        }

        // Vite puts a content hash in every file name, so a name never changes its content.
        context.Response.Headers.CacheControl = ImmutableCacheControl;
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.Stream(content, PlaygroundBundle.ContentTypeOf(file));
    }
}
