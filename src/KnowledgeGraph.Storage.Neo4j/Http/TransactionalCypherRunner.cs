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
internal sealed class TransactionalCypherRunner(Neo4jHttpTransport transport, int maxRequestBytes) : ICypherRunner
{
    public async Task<IReadOnlyList<CypherResult>> RunAsync(
        IReadOnlyList<CypherStatement> statements, AccessMode accessMode, CancellationToken cancellationToken)
    {
        var body = TransactionJson.WriteRequest(statements);
        if (accessMode == AccessMode.Read || body.Length <= maxRequestBytes || statements.Count == 1)
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
                using var rollback = NewRequest(HttpMethod.Delete, $"tx/{transaction}", body: null, AccessMode.Write);
                await transport.SendBestEffortAsync(rollback);
            }
        }
    }

    private async Task<TransactionResponse> SendAsync(
        HttpMethod method, string path, byte[] body, IReadOnlyList<CypherStatement> statements, AccessMode accessMode, CancellationToken cancellationToken)
    {
        using var request = NewRequest(method, path, body, accessMode);
        return await transport.SendAsync(request, statements, (document, _) => TransactionJson.ReadResponse(document), cancellationToken);
    }

    private HttpRequestMessage NewRequest(HttpMethod method, string path, byte[]? body, AccessMode accessMode)
    {
        var request = transport.NewRequest(method, path, body);
        if (accessMode == AccessMode.Read)
        {
            request.Headers.Add("Access-Mode", "READ");
        }

        var bookmarks = transport.Bookmarks;
        if (bookmarks.Count > 0 && (path == "tx/commit" || path == "tx"))
        {
            request.Headers.Add("Bookmarks", TransactionJson.WriteBookmarks(bookmarks));
        }

        return request;
    }

    private void Remember(TransactionResponse response, AccessMode accessMode)
    {
        if (accessMode == AccessMode.Write)
        {
            transport.RememberWrite(response.LastBookmarks);
        }
    }

    private string TransactionId(TransactionResponse response, string purpose)
    {
        // The commit address reads …/db/{database}/tx/{id}/commit; the id is what this runner needs.
        var segments = response.CommitUri is null ? [] : new Uri(response.CommitUri, UriKind.RelativeOrAbsolute).ToString().Split('/');
        return segments.Length >= 2 && segments[^1] == "commit" && segments[^2].Length > 0 && segments[^2].All(char.IsAsciiLetterOrDigit)
            ? segments[^2]
            : throw transport.Failures.Unreadable(purpose, new FormatException("an explicit transaction was opened without a commit address"));
    }

    /// <summary>Splits statements into requests of at most <see cref="Neo4jStoreOptions.MaxRequestBytes"/> each (one statement per request at least).</summary>
    private List<List<CypherStatement>> Chunk(IReadOnlyList<CypherStatement> statements)
    {
        var chunks = new List<List<CypherStatement>> { new() };
        var size = 0;
        foreach (var statement in statements)
        {
            var statementSize = TransactionJson.WriteRequest([statement]).Length;
            if (chunks[^1].Count > 0 && size + statementSize > maxRequestBytes)
            {
                chunks.Add([]);
                size = 0;
            }

            chunks[^1].Add(statement);
            size += statementSize;
        }

        return chunks;
    }
}
