using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Storage.Neo4j.Cypher;

namespace KnowledgeGraph.Storage.Neo4j.Http;

/// <summary>
/// Runs Cypher over Neo4j's HTTP transactional API. A unit of work goes as one
/// <c>POST /db/{database}/tx/commit</c> whenever it fits in <see cref="Neo4jStoreOptions.MaxRequestBytes"/>:
/// a cluster with server-side routing routes only such single-request transactions. A bigger
/// write opens an explicit transaction (<c>/tx</c>, <c>/tx/{id}</c>, <c>/tx/{id}/commit</c>)
/// and rolls it back (<c>DELETE /tx/{id}</c>) if anything fails on the way. Reads carry
/// <c>Access-Mode: READ</c>; every transaction carries the bookmarks of the last write, so a
/// read on another cluster member still sees it.
/// </summary>
internal sealed class HttpCypherRunner : ICypherRunner
{
    private readonly HttpClient _http;
    private readonly Neo4jStoreOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly Neo4jFailures _failures;
    private readonly Uri _databaseUri;
    private readonly AuthenticationHeaderValue? _authorization;
    private volatile IReadOnlyList<string> _bookmarks = [];

    public HttpCypherRunner(HttpClient http, Neo4jStoreOptions options, TimeProvider timeProvider)
    {
        _http = http;
        _options = options;
        _timeProvider = timeProvider;
        _failures = new Neo4jFailures(options);
        var server = new UriBuilder(options.Uri) { UserName = string.Empty, Password = string.Empty }.Uri;
        _databaseUri = new Uri(server, $"{server.AbsolutePath.TrimEnd('/')}/db/{Uri.EscapeDataString(options.Database)}/");
        _authorization = options.Password is null
            ? null
            : new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
    }

    /// <summary>The bookmarks of the last committed write, sent with every later transaction.</summary>
    public IReadOnlyList<string> Bookmarks => _bookmarks;

    public async Task<IReadOnlyList<CypherResult>> RunAsync(
        IReadOnlyList<CypherStatement> statements, AccessMode accessMode, CancellationToken cancellationToken)
    {
        var body = TransactionJson.WriteRequest(statements);
        if (accessMode == AccessMode.Read || body.Length <= _options.MaxRequestBytes || statements.Count == 1)
        {
            var response = await SendAsync(HttpMethod.Post, "tx/commit", body, statements, accessMode, cancellationToken);
            Remember(response, accessMode);
            return response.Results;
        }

        return await RunExplicitAsync(statements, cancellationToken);
    }

    private async Task<IReadOnlyList<CypherResult>> RunExplicitAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        var chunks = Chunk(statements);
        var results = new List<CypherResult>(statements.Count);
        string? transaction = null;
        var committed = false;
        try
        {
            for (var i = 0; i < chunks.Count; i++)
            {
                var path = transaction is null ? "tx" : i == chunks.Count - 1 ? $"tx/{transaction}/commit" : $"tx/{transaction}";
                var response = await SendAsync(HttpMethod.Post, path, TransactionJson.WriteRequest(chunks[i]), chunks[i], AccessMode.Write, cancellationToken);
                results.AddRange(response.Results);
                transaction ??= TransactionId(response, chunks[i][0].Purpose);
                if (i == chunks.Count - 1 && path.EndsWith("/commit", StringComparison.Ordinal))
                {
                    Remember(response, AccessMode.Write);
                    committed = true;
                }
            }

            if (!committed)
            {
                var response = await SendAsync(HttpMethod.Post, $"tx/{transaction}/commit", TransactionJson.WriteRequest([]), [], AccessMode.Write, cancellationToken);
                Remember(response, AccessMode.Write);
                committed = true;
            }

            return results;
        }
        finally
        {
            if (!committed && transaction is not null)
            {
                await RollBackAsync(transaction);
            }
        }
    }

    /// <summary>
    /// Rolls an open transaction back, best effort and on its own clock: the caller may already
    /// be cancelled, and the server rolls back by itself when a statement failed or the
    /// transaction times out (60 s by default), so a failure here is not worth reporting.
    /// </summary>
    private async Task RollBackAsync(string transaction)
    {
        using var timeout = new CancellationTokenSource(_options.AttemptTimeout, _timeProvider);
        try
        {
            using var request = NewRequest(HttpMethod.Delete, $"tx/{transaction}", body: null, AccessMode.Write);
            using var response = await _http.SendAsync(request, timeout.Token);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            // Nothing to add: the server rolls the transaction back on its own.
        }
    }

    private async Task<TransactionResponse> SendAsync(
        HttpMethod method, string path, byte[] body, IReadOnlyList<CypherStatement> statements, AccessMode accessMode, CancellationToken cancellationToken)
    {
        var purpose = Purpose(statements, 0);
        using var request = NewRequest(method, path, body, accessMode);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode && (response.StatusCode is System.Net.HttpStatusCode.Unauthorized or System.Net.HttpStatusCode.Forbidden
                or System.Net.HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500))
            {
                throw _failures.FromStatus(response.StatusCode, purpose);
            }

            var parsed = await ReadAsync(response, purpose, cancellationToken);
            if (parsed.Errors.Count > 0)
            {
                throw _failures.FromServerError(parsed.Errors[0], Purpose(statements, parsed.Results.Count));
            }

            return response.IsSuccessStatusCode ? parsed : throw _failures.FromStatus(response.StatusCode, purpose);
        }
        catch (HttpRequestException e)
        {
            throw _failures.Unreachable(purpose, e);
        }
        catch (IOException e)
        {
            throw _failures.Unreachable(purpose, e);
        }
    }

    private async Task<TransactionResponse> ReadAsync(HttpResponseMessage response, string purpose, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        try
        {
            using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
            return TransactionJson.ReadResponse(document);
        }
        catch (JsonException e) when (response.IsSuccessStatusCode)
        {
            throw _failures.Unreadable(purpose, e);
        }
        catch (JsonException)
        {
            return new TransactionResponse([], [], [], null);
        }
    }

    private HttpRequestMessage NewRequest(HttpMethod method, string path, byte[]? body, AccessMode accessMode)
    {
        var request = new HttpRequestMessage(method, new Uri(_databaseUri, path));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json") { CharSet = "UTF-8" });
        request.Headers.Authorization = _authorization;
        if (accessMode == AccessMode.Read)
        {
            request.Headers.Add("Access-Mode", "READ");
        }

        var bookmarks = _bookmarks;
        if (bookmarks.Count > 0 && (path == "tx/commit" || path == "tx"))
        {
            request.Headers.Add("Bookmarks", TransactionJson.WriteBookmarks(bookmarks));
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "UTF-8" };
        }

        return request;
    }

    private void Remember(TransactionResponse response, AccessMode accessMode)
    {
        if (accessMode == AccessMode.Write && response.LastBookmarks.Count > 0)
        {
            _bookmarks = response.LastBookmarks;
        }
    }

    private string TransactionId(TransactionResponse response, string purpose)
    {
        // The commit address reads …/db/{database}/tx/{id}/commit; the id is what this runner needs.
        var segments = response.CommitUri is null ? [] : new Uri(response.CommitUri, UriKind.RelativeOrAbsolute).ToString().Split('/');
        return segments.Length >= 2 && segments[^1] == "commit" && segments[^2].Length > 0 && segments[^2].All(char.IsAsciiLetterOrDigit)
            ? segments[^2]
            : throw _failures.Unreadable(purpose, new FormatException("an explicit transaction was opened without a commit address"));
    }

    /// <summary>Splits statements into requests of at most <see cref="Neo4jStoreOptions.MaxRequestBytes"/> each (one statement per request at least).</summary>
    private List<List<CypherStatement>> Chunk(IReadOnlyList<CypherStatement> statements)
    {
        var chunks = new List<List<CypherStatement>> { new() };
        var size = 0;
        foreach (var statement in statements)
        {
            var statementSize = TransactionJson.WriteRequest([statement]).Length;
            if (chunks[^1].Count > 0 && size + statementSize > _options.MaxRequestBytes)
            {
                chunks.Add([]);
                size = 0;
            }

            chunks[^1].Add(statement);
            size += statementSize;
        }

        return chunks;
    }

    private static string Purpose(IReadOnlyList<CypherStatement> statements, int index) =>
        statements.Count == 0 ? "commit the transaction" : statements[Math.Min(index, statements.Count - 1)].Purpose;
}
