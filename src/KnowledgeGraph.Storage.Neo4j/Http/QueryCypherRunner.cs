using KnowledgeGraph.Storage.Neo4j.Cypher;

namespace KnowledgeGraph.Storage.Neo4j.Http;

/// <summary>
/// Runs Cypher over Neo4j's Query API, which Aura and newer servers offer in place of the
/// transactional API. The Query API takes one statement per request, so a unit of one statement
/// is one <c>POST /db/{database}/query/v2</c> (an implicit transaction), and a unit of several
/// is an explicit transaction: <c>POST …/query/v2/tx</c> with the first statement, one
/// <c>POST …/tx/{id}</c> per further statement, <c>POST …/tx/{id}/commit</c>, and
/// <c>DELETE …/tx/{id}</c> if anything fails on the way. Every request of an explicit
/// transaction echoes the <c>neo4j-cluster-affinity</c> header its opening answered with, so
/// that Aura keeps it on the member that holds it; a self-managed cluster does not route them
/// (see the README). The request that begins a transaction carries the bookmarks of the last
/// committed write, and for a read <c>"accessMode":"Read"</c>.
/// </summary>
internal sealed class QueryCypherRunner(Neo4jHttpTransport transport) : ICypherRunner
{
    private const string Endpoint = "query/v2";
    private const string AffinityHeader = "neo4j-cluster-affinity";

    public async Task<IReadOnlyList<CypherResult>> RunAsync(
        IReadOnlyList<CypherStatement> statements, AccessMode accessMode, CancellationToken cancellationToken)
    {
        switch (statements.Count)
        {
            case 0:
                return [];
            case 1:
                var response = await RunAsync(Endpoint, statements[0], transport.Bookmarks, accessMode, affinity: null, cancellationToken);
                Remember(response, accessMode);
                return [response.Result];
            default:
                return await RunExplicitAsync(statements, accessMode, cancellationToken);
        }
    }

    private async Task<IReadOnlyList<CypherResult>> RunExplicitAsync(
        IReadOnlyList<CypherStatement> statements, AccessMode accessMode, CancellationToken cancellationToken)
    {
        var opened = await RunAsync($"{Endpoint}/tx", statements[0], transport.Bookmarks, accessMode, affinity: null, cancellationToken);
        var transaction = $"{Endpoint}/tx/{Uri.EscapeDataString(TransactionId(opened, statements[0]))}";
        var results = new List<CypherResult>(statements.Count) { opened.Result };
        var committed = false;
        try
        {
            foreach (var statement in statements.Skip(1))
            {
                results.Add((await RunAsync(transaction, statement, [], AccessMode.Write, opened.Affinity, cancellationToken)).Result);
            }

            // Neo4j refuses a commit without a JSON body (HTTP 500, Neo.ClientError.Request.Invalid), so it gets an empty object.
            using var commit = NewRequest(HttpMethod.Post, $"{transaction}/commit", QueryJson.EmptyObject, opened.Affinity);
            var response = await transport.SendAsync(commit, [], (document, _) => QueryJson.ReadResponse(document, affinity: null, expectsRows: false), cancellationToken);
            committed = true;
            Remember(response, accessMode);
            return results;
        }
        finally
        {
            if (!committed)
            {
                using var rollback = NewRequest(HttpMethod.Delete, transaction, body: null, opened.Affinity);
                await transport.SendBestEffortAsync(rollback);
            }
        }
    }

    /// <summary>Runs one statement at <paramref name="path"/>: an implicit transaction, the opening of an explicit one, or a step inside one.</summary>
    private async Task<QueryResponse> RunAsync(
        string path, CypherStatement statement, IReadOnlyList<string> bookmarks, AccessMode accessMode, string? affinity, CancellationToken cancellationToken)
    {
        using var request = NewRequest(HttpMethod.Post, path, QueryJson.WriteRequest(statement, bookmarks, accessMode), affinity);
        return await transport.SendAsync(
            request,
            [statement],
            (document, response) => QueryJson.ReadResponse(document, Affinity(response), expectsRows: true),
            cancellationToken);
    }

    private HttpRequestMessage NewRequest(HttpMethod method, string path, byte[]? body, string? affinity)
    {
        var request = transport.NewRequest(method, path, body);
        if (affinity is not null)
        {
            request.Headers.Add(AffinityHeader, affinity);
        }

        return request;
    }

    private void Remember(QueryResponse response, AccessMode accessMode)
    {
        if (accessMode == AccessMode.Write)
        {
            transport.RememberWrite(response.Bookmarks);
        }
    }

    private string TransactionId(QueryResponse opened, CypherStatement statement) =>
        opened.TransactionId is { Length: > 0 } id
            ? id
            : throw transport.Failures.Unreadable(statement.Purpose, new FormatException("an explicit transaction was opened without a 'transaction' id"));

    private static string? Affinity(HttpResponseMessage response) =>
        response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
}
