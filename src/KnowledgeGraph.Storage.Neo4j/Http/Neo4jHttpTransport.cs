using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Storage.Neo4j.Cypher;

namespace KnowledgeGraph.Storage.Neo4j.Http;

/// <summary>A parsed response body of either HTTP API: the server's errors, and which statement of the request the first one belongs to.</summary>
internal interface IServerReply
{
    /// <summary>The errors the server reported; none on success.</summary>
    IReadOnlyList<ServerError> Errors { get; }

    /// <summary>The index, among the request's statements, of the statement that failed.</summary>
    int FailedStatementIndex { get; }
}

/// <summary>
/// The wire that both HTTP APIs share: one database's base address (credentials written into
/// the address are dropped), Basic authorization, JSON in and out, and what an answer means.
/// HTTP 401 and 403 speak by their status alone; otherwise the server's own errors speak
/// first, whatever the status (classified by code in <see cref="Neo4jFailures"/>), then any
/// other failed status (429 and 5xx transient). A connection that breaks is transient; a successful answer this store cannot read
/// is not. The transport also remembers the bookmarks of the last committed write, which the
/// runners send with every later transaction so that a read on another cluster member sees it.
/// </summary>
internal sealed class Neo4jHttpTransport
{
    private readonly HttpClient _http;
    private readonly TimeSpan _attemptTimeout;
    private readonly TimeProvider _timeProvider;
    private readonly Uri _databaseUri;
    private readonly AuthenticationHeaderValue? _authorization;
    private volatile IReadOnlyList<string> _bookmarks = [];

    public Neo4jHttpTransport(HttpClient http, Neo4jStoreOptions options, TimeProvider timeProvider)
    {
        _http = http;
        _attemptTimeout = options.AttemptTimeout;
        _timeProvider = timeProvider;
        Failures = new Neo4jFailures(options);
        var server = new UriBuilder(options.Uri) { UserName = string.Empty, Password = string.Empty }.Uri;
        _databaseUri = new Uri(server, $"{server.AbsolutePath.TrimEnd('/')}/db/{Uri.EscapeDataString(options.Database)}/");
        _authorization = options.Password is null
            ? null
            : new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
    }

    /// <summary>Turns failures into the port's exception, without the password.</summary>
    public Neo4jFailures Failures { get; }

    /// <summary>The bookmarks of the last committed write, sent with every later transaction.</summary>
    public IReadOnlyList<string> Bookmarks => _bookmarks;

    /// <summary>Keeps the bookmarks a committed write answered with; an answer without any keeps the earlier ones.</summary>
    public void RememberWrite(IReadOnlyList<string> bookmarks)
    {
        if (bookmarks.Count > 0)
        {
            _bookmarks = bookmarks;
        }
    }

    /// <summary>A request to <paramref name="path"/> below <c>/db/{database}/</c>, asking for JSON, with the credentials and the JSON <paramref name="body"/> if any.</summary>
    public HttpRequestMessage NewRequest(HttpMethod method, string path, byte[]? body)
    {
        var request = new HttpRequestMessage(method, new Uri(_databaseUri, path));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json") { CharSet = "UTF-8" });
        request.Headers.Authorization = _authorization;
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "UTF-8" };
        }

        return request;
    }

    /// <summary>Sends <paramref name="request"/>, which carries <paramref name="statements"/> (named in any failure), and reads its answer.</summary>
    /// <param name="read">Reads the body; throws <see cref="JsonException"/> when its shape is wrong.</param>
    /// <exception cref="Core.Storage.GraphStoreException">The server refused or failed, could not be reached, or answered unreadably.</exception>
    public async Task<TReply> SendAsync<TReply>(
        HttpRequestMessage request, IReadOnlyList<CypherStatement> statements, Func<JsonDocument, HttpResponseMessage, TReply> read, CancellationToken cancellationToken)
        where TReply : class, IServerReply
    {
        var purpose = Purpose(statements, 0);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (SpeaksByStatus(response.StatusCode))
            {
                throw Failures.FromStatus(response.StatusCode, purpose);
            }

            var reply = await ReadAsync(response, read, purpose, cancellationToken);
            if (reply is { Errors.Count: > 0 })
            {
                throw Failures.FromServerError(reply.Errors[0], Purpose(statements, reply.FailedStatementIndex));
            }

            return response.IsSuccessStatusCode && reply is not null ? reply : throw Failures.FromStatus(response.StatusCode, purpose);
        }
        catch (HttpRequestException e)
        {
            throw Failures.Unreachable(purpose, e);
        }
        catch (IOException e)
        {
            throw Failures.Unreachable(purpose, e);
        }
    }

    /// <summary>
    /// Sends a rollback, best effort and on its own clock: the caller may already be cancelled,
    /// and the server rolls a transaction back by itself when a statement failed or the
    /// transaction sat idle too long, so a failure here is not worth reporting.
    /// </summary>
    public async Task SendBestEffortAsync(HttpRequestMessage request)
    {
        using var timeout = new CancellationTokenSource(_attemptTimeout, _timeProvider);
        try
        {
            using var response = await _http.SendAsync(request, timeout.Token);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            // Nothing to add: the server rolls the transaction back on its own.
        }
    }

    /// <summary>
    /// What the statement at <paramref name="index"/> is for. An index past the last statement
    /// means that every statement ran and the commit failed (Neo4j checks constraints, such as
    /// a deleted node that still has relationships, only then), so it names the commit.
    /// </summary>
    public static string Purpose(IReadOnlyList<CypherStatement> statements, int index) =>
        statements.Count == 0 ? "commit the transaction"
        : index < statements.Count ? statements[index].Purpose
        : $"commit the transaction after its {statements.Count} statements ran, the first to {statements[0].Purpose}";

    /// <summary>
    /// A refused login speaks by its status, which says what to check. Any other answer speaks
    /// by its errors first: Neo4j answers some client errors with HTTP 500 (the Query API does
    /// for a malformed request), and those must fail fast, not be retried as a server failure.
    /// </summary>
    private static bool SpeaksByStatus(HttpStatusCode status) => status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;

    /// <summary>The parsed body; null for a failed status whose body is not readable, since the status then says all there is.</summary>
    private async Task<TReply?> ReadAsync<TReply>(
        HttpResponseMessage response, Func<JsonDocument, HttpResponseMessage, TReply> read, string purpose, CancellationToken cancellationToken)
        where TReply : class
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        try
        {
            using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
            return read(document, response);
        }
        catch (JsonException e) when (response.IsSuccessStatusCode)
        {
            throw Failures.Unreadable(purpose, e);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
