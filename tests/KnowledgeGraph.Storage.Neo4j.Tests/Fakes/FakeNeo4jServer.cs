using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Fakes;

/// <summary>A request the fake server received.</summary>
internal sealed record ReceivedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, JsonNode? Body)
{
    public string? Header(string name) => Headers.GetValueOrDefault(name.ToLowerInvariant());

    /// <summary>The Cypher texts of the statements sent.</summary>
    public IReadOnlyList<string> Statements =>
        Body?["statements"]?.AsArray().Select(s => s!["statement"]!.GetValue<string>()).ToList() ?? [];

    /// <summary>The Cypher text of a Query API request, which carries one statement at most.</summary>
    public string? Statement => Body?["statement"]?.GetValue<string>();

    /// <summary>The JSON of the body's property <paramref name="name"/>, or null when it is missing.</summary>
    public string? BodyProperty(string name) => Body?[name]?.ToJsonString();
}

/// <summary>
/// A stand-in for Neo4j's HTTP API on 127.0.0.1 (a random port): it answers each request with
/// the next scripted response, or with an empty success once the script runs out (shaped for
/// the transactional API unless told otherwise), and records what it received.
/// </summary>
internal sealed class FakeNeo4jServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Func<HttpContext, Task> _unscripted;
    private readonly ConcurrentQueue<Func<HttpContext, Task>> _script = new();
    private readonly ConcurrentQueue<ReceivedRequest> _received = new();
    private readonly TaskCompletionSource _firstRequest = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private FakeNeo4jServer(WebApplication app, Func<HttpContext, Task> unscripted)
    {
        _app = app;
        _unscripted = unscripted;
    }

    public Uri Uri { get; private set; } = null!;

    public IReadOnlyList<ReceivedRequest> Received => [.. _received];

    /// <summary>Completes when the first request has arrived.</summary>
    public Task FirstRequest => _firstRequest.Task;

    /// <param name="unscripted">The answer once the script runs out; default an empty transactional-API success.</param>
    public static async Task<FakeNeo4jServer> StartAsync(Func<HttpContext, Task>? unscripted = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var server = new FakeNeo4jServer(builder.Build(), unscripted ?? Neo4jResponses.Results());
        server._app.Run(server.HandleAsync);
        await server._app.StartAsync(TestContext.Current.CancellationToken);
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.Uri = new Uri(address);
        return server;
    }

    /// <summary>Answers the next requests with these responses, in order.</summary>
    public FakeNeo4jServer Then(params Func<HttpContext, Task>[] responses)
    {
        foreach (var response in responses)
        {
            _script.Enqueue(response);
        }

        return this;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
        _received.Enqueue(new ReceivedRequest(
            context.Request.Method,
            context.Request.Path.Value ?? string.Empty,
            context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString()),
            body.Length == 0 ? null : JsonNode.Parse(body)));
        _firstRequest.TrySetResult();
        var respond = _script.TryDequeue(out var next) ? next : _unscripted;
        await respond(context);
    }
}

/// <summary>Responses shaped as Neo4j's transactional API documents them.</summary>
internal static class Neo4jResponses
{
    /// <summary>Success: one result per entry, each a list of rows; with <paramref name="bookmark"/> as <c>lastBookmarks</c> when given.</summary>
    public static Func<HttpContext, Task> Results(string? bookmark = null, params object?[][][] results) => context =>
        Json(context, 200, new
        {
            results = results.Select(rows => new { columns = rows.Length == 0 ? [] : rows[0].Select((_, i) => $"c{i}").ToArray(), data = rows.Select(row => new { row, meta = row.Select(_ => (object?)null) }) }),
            errors = Array.Empty<object>(),
            lastBookmarks = bookmark is null ? [] : new[] { bookmark },
        });

    /// <summary>An explicit transaction opened (201) with its commit address.</summary>
    public static Func<HttpContext, Task> Opened(int transaction, int results) => context =>
        Json(context, 201, new
        {
            results = Enumerable.Range(0, results).Select(_ => new { columns = Array.Empty<string>(), data = Array.Empty<object>() }),
            errors = Array.Empty<object>(),
            commit = $"http://{context.Request.Host}{context.Request.PathBase}/db/neo4j/tx/{transaction}/commit",
            transaction = new { expires = "Tue, 22 Oct 2024 10:00:00 GMT" },
        });

    /// <summary>Status 200 with the statement failed and the transaction rolled back, as Neo4j does.</summary>
    public static Func<HttpContext, Task> Error(string code, string message) => context =>
        Json(context, 200, new { results = Array.Empty<object>(), errors = new[] { new { code, message } } });

    public static Func<HttpContext, Task> Status(int status, string? code = null, string? message = null) => context =>
        code is null
            ? Task.FromResult(context.Response.StatusCode = status)
            : Json(context, status, new { errors = new[] { new { code, message } } });

    /// <summary>Starts a response and drops the connection halfway through it.</summary>
    public static Func<HttpContext, Task> Dropped() => async context =>
    {
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = 1000;
        await context.Response.WriteAsync("{\"results\":[{\"columns\":[\"c0\"],\"da", context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
        context.Abort();
    };

    /// <summary>Never answers; ends when the client gives up.</summary>
    public static Func<HttpContext, Task> Silent() => async context =>
    {
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The client gave up, which is what the test waits for.
        }
    };

    /// <summary>Answers with <paramref name="body"/> as JSON.</summary>
    public static Task Json(HttpContext context, int status, object body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json;charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(body), context.RequestAborted);
    }
}
