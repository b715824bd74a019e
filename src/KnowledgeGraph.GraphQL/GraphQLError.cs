using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL;

/// <summary>
/// One entry of a response's <c>errors</c> (spec section 7.1.2): a message, the document
/// locations it refers to, the response path of the field it concerns, and extensions.
/// </summary>
/// <param name="Message">What went wrong, for the client.</param>
/// <param name="Locations">Where in the document; empty when not tied to the document.</param>
/// <param name="Path">The response path of the field in error, or null for request errors.</param>
/// <param name="Extensions">Extra entries such as <c>code</c>; null when none.</param>
public sealed record GraphQLError(
    string Message,
    IReadOnlyList<SourceLocation> Locations,
    IReadOnlyList<object>? Path = null,
    IReadOnlyDictionary<string, object?>? Extensions = null)
{
    /// <summary>An error about the given nodes, located at their start, with an optional code.</summary>
    public static GraphQLError At(string message, IEnumerable<Node> nodes, string? code = null, IReadOnlyList<object>? path = null) =>
        new(message, LocationsOf(nodes), path, CodeExtension(code));

    /// <summary>An error about one node.</summary>
    public static GraphQLError At(string message, Node? node, string? code = null) =>
        At(message, node is null ? [] : [node], code);

    /// <summary>An error tied to no place in the document, such as a missing operation.</summary>
    public static GraphQLError Request(string message, string code) => new(message, [], null, CodeExtension(code));

    /// <summary>The error for a syntax error: its message, line and column, code <c>GRAPHQL_PARSE_FAILED</c>.</summary>
    public static GraphQLError FromSyntaxError(GraphQLSyntaxException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new GraphQLError(exception.Message, [exception.Location], null, CodeExtension(ErrorCodes.ParseFailed));
    }

    /// <summary>The value of <c>extensions.code</c>, or null.</summary>
    public string? Code => Extensions is not null && Extensions.TryGetValue("code", out var code) ? code as string : null;

    /// <summary>The same error with <c>extensions.code</c> set, keeping other extensions.</summary>
    public GraphQLError WithCode(string code) => this with
    {
        Extensions = new Dictionary<string, object?>(Extensions ?? new Dictionary<string, object?>()) { ["code"] = code },
    };

    private static IReadOnlyDictionary<string, object?>? CodeExtension(string? code) =>
        code is null ? null : new Dictionary<string, object?> { ["code"] = code };

    private static List<SourceLocation> LocationsOf(IEnumerable<Node> nodes) =>
        nodes.Where(node => node.Location is not null).Select(node => node.Location!.Value.StartLocation).ToList();
}
