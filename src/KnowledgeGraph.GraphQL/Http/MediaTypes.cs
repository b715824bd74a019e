using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.GraphQL.Http;

/// <summary>The media types of GraphQL over HTTP, and the choice of one from an <c>Accept</c> header.</summary>
internal static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";

    public const string Json = "application/json";

    public const string GraphQLResponseUtf8 = GraphQLResponse + "; charset=utf-8";

    public const string JsonUtf8 = Json + "; charset=utf-8";

    /// <summary>
    /// The response media type for <paramref name="accept"/>, or null when the client accepts
    /// neither. No header, or one that does not parse, means <c>application/json</c> (the draft's
    /// legacy default); <c>*/*</c> and <c>application/*</c> also mean <c>application/json</c>; at equal
    /// quality <c>application/graphql-response+json</c> wins.
    /// </summary>
    public static string? Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept) || !MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
        {
            return Json;
        }

        double graphQLQuality = 0, jsonQuality = 0;
        foreach (var range in ranges)
        {
            var quality = range.Quality ?? 1;
            if (quality <= 0 || !IsUtf8OrUnspecified(range.Charset))
            {
                continue;
            }

            if (range.MediaType.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase))
            {
                graphQLQuality = Math.Max(graphQLQuality, quality);
            }
            else if (range.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
                || range.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)
                || range.MediaType.Equals("*/*", StringComparison.OrdinalIgnoreCase))
            {
                jsonQuality = Math.Max(jsonQuality, quality);
            }
        }

        return graphQLQuality > 0 && graphQLQuality >= jsonQuality ? GraphQLResponse
            : jsonQuality > 0 ? Json
            : null;
    }

    /// <summary>True when <paramref name="contentType"/> is <c>application/json</c> in UTF-8 (or with no charset).</summary>
    public static bool IsJsonRequest(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && parsed.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
        && IsUtf8OrUnspecified(parsed.Charset);

    /// <summary>True when <paramref name="accept"/> names <c>text/html</c>: a browser navigating to the address.</summary>
    public static bool AcceptsHtml(StringValues accept) =>
        MediaTypeHeaderValue.TryParseList(accept, out var ranges)
        && ranges.Any(range => range.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && (range.Quality ?? 1) > 0);

    private static bool IsUtf8OrUnspecified(StringSegment charset) =>
        !charset.HasValue || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
}
