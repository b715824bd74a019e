using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Fakes;

/// <summary>
/// How one of Neo4j's HTTP APIs answers, and where its requests carry their transaction
/// settings: what a test needs to run the same case against either API.
/// </summary>
/// <param name="Answer">Success with one result of the given rows, and the bookmark when given.</param>
/// <param name="Error">A failed statement, reported as the API reports it.</param>
/// <param name="Transaction">The answers to a unit of several statements, one result each, and the bookmark of its commit when given: one request, or an explicit transaction.</param>
/// <param name="Unscripted">The fake server's answer once its script runs out.</param>
/// <param name="TransactionSettings">The access mode and the bookmarks (as JSON) a request carried, wherever the API puts them.</param>
/// <param name="ReadAccessMode">The access mode a read carries.</param>
/// <param name="MissingEndpoint">How the store says that a server does not serve this API.</param>
/// <param name="OtherApi">The setting the store then suggests.</param>
internal sealed record FakeApi(
    Neo4jApi Api,
    Func<string?, object?[][], Func<HttpContext, Task>> Answer,
    Func<string, string, Func<HttpContext, Task>> Error,
    Func<string?, object?[][][], Func<HttpContext, Task>[]> Transaction,
    Func<HttpContext, Task> Unscripted,
    Func<ReceivedRequest, (string? AccessMode, string? Bookmarks)> TransactionSettings,
    string ReadAccessMode,
    string MissingEndpoint,
    string OtherApi)
{
    /// <summary>The transactional API: settings in the <c>Access-Mode</c> and <c>Bookmarks</c> headers.</summary>
    public static FakeApi Transactional { get; } = new(
        Neo4jApi.Transactional,
        (bookmark, rows) => Neo4jResponses.Results(bookmark, [rows]),
        Neo4jResponses.Error,
        (bookmark, results) => [Neo4jResponses.Results(bookmark, results)],
        Neo4jResponses.Results(),
        request => (request.Header("Access-Mode"), request.Header("Bookmarks")),
        ReadAccessMode: "READ",
        MissingEndpoint: "has no transactional endpoint",
        OtherApi: "NEO4J_API=query");

    /// <summary>The Query API: settings in the body's <c>accessMode</c> and <c>bookmarks</c>.</summary>
    public static FakeApi Query { get; } = new(
        Neo4jApi.Query,
        QueryApiResponses.Rows,
        (code, message) => QueryApiResponses.Error(code, message),
        (bookmark, results) => [QueryApiResponses.Opened("4b73", null, results[0]), .. results.Skip(1).Select(rows => QueryApiResponses.Rows(null, rows)), QueryApiResponses.Committed(bookmark)],
        QueryApiResponses.Unscripted(),
        request => (request.Body?["accessMode"]?.GetValue<string>(), request.BodyProperty("bookmarks")),
        ReadAccessMode: "Read",
        MissingEndpoint: "has no Query API endpoint",
        OtherApi: "NEO4J_API=transactional");
}
