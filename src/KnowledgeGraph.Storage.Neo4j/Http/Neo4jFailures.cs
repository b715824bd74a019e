using System.Net;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Storage.Neo4j.Http;

/// <summary>
/// Turns what went wrong on the wire into the port's one exception, deciding whether trying
/// again may help. Server errors are classified by their status code's prefix:
/// <c>Neo.TransientError.*</c> transient, <c>Neo.ClientError.*</c> the request's fault (fail
/// fast), anything else a database failure (not transient). Every message passes through
/// <see cref="Neo4jRedaction"/>, so the password never shows.
/// </summary>
internal sealed class Neo4jFailures(Neo4jStoreOptions options)
{
    private const string TransientPrefix = "Neo.TransientError.";
    private const string ClientPrefix = "Neo.ClientError.";

    private readonly string _server = Neo4jRedaction.Uri(options.Uri);

    /// <summary>True for the server error codes that trying again may cure.</summary>
    public static bool IsTransient(string code) => code.StartsWith(TransientPrefix, StringComparison.Ordinal);

    public GraphStoreException FromServerError(ServerError error, string purpose)
    {
        var what = error.Code.StartsWith(TransientPrefix, StringComparison.Ordinal) ? $"could not {purpose} for now"
            : error.Code.StartsWith(ClientPrefix, StringComparison.Ordinal) ? $"refused to {purpose}"
            : $"failed to {purpose}";
        return Create($"Neo4j at {_server} {what}: {error.Code}: {error.Message}", IsTransient(error.Code));
    }

    public GraphStoreException FromStatus(HttpStatusCode status, string purpose) => status switch
    {
        HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => Create(
            $"Neo4j at {_server} refused user '{options.User}' (HTTP {(int)status}) while trying to {purpose}: check NEO4J_USER and NEO4J_PASSWORD, and the user's rights on database '{options.Database}'",
            isTransient: false),
        HttpStatusCode.TooManyRequests => Create($"Neo4j at {_server} is busy (HTTP 429) and did not {purpose}", isTransient: true),
        >= HttpStatusCode.InternalServerError => Create($"Neo4j at {_server} answered HTTP {(int)status} and did not {purpose}", isTransient: true),
        HttpStatusCode.NotFound => Create($"Neo4j at {_server} {NoEndpoint} (HTTP 404) and did not {purpose}: {EndpointHint}", isTransient: false),
        _ => Create($"Neo4j at {_server} answered HTTP {(int)status} and did not {purpose}", isTransient: false),
    };

    public GraphStoreException Unreachable(string purpose, Exception cause) =>
        Create($"could not {purpose}: the connection to Neo4j at {_server} failed ({cause.Message})", isTransient: true, cause);

    public GraphStoreException Unreadable(string purpose, Exception cause) =>
        Create($"could not {purpose}: Neo4j at {_server} sent a response this store cannot read ({cause.Message})", isTransient: false, cause);

    private string NoEndpoint => options.ResolvedApi == Neo4jApi.Query
        ? $"has no Query API endpoint for database '{options.Database}'"
        : $"has no transactional endpoint for database '{options.Database}'";

    private string EndpointHint => options.ResolvedApi == Neo4jApi.Query
        ? $"check {Neo4jEnvironment.UriVariable} and {Neo4jEnvironment.DatabaseVariable}; the Query API needs Neo4j 5.19 or later (on by default from 5.25), so for an older server set {Neo4jEnvironment.ApiVariable}=transactional"
        : $"check {Neo4jEnvironment.UriVariable} and {Neo4jEnvironment.DatabaseVariable}; a server without the transactional API (such as Aura) needs {Neo4jEnvironment.ApiVariable}=query";

    private GraphStoreException Create(string message, bool isTransient, Exception? cause = null) =>
        new(Neo4jRedaction.Text(message, options.Password), isTransient, cause is null ? null : new RedactedException(cause, options.Password));

    /// <summary>Carries a low-level failure's type and message with the password masked, instead of the failure itself.</summary>
    private sealed class RedactedException(Exception cause, string? password)
        : Exception($"{cause.GetType().Name}: {Neo4jRedaction.Text(cause.Message, password)}");
}
