using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Fakes;

/// <summary>
/// Responses shaped as Neo4j's Query API gives them in plain JSON (<c>Accept: application/json</c>),
/// checked against a real Neo4j 5.26: HTTP 202 for every statement, opening and commit;
/// transaction ids of four hex digits; whole numbers as plain JSON numbers.
/// </summary>
internal static class QueryApiResponses
{
    public const int Accepted = 202;

    /// <summary>Success: the rows, under fields <c>c0</c>, <c>c1</c>, …; with <paramref name="bookmark"/> as <c>bookmarks</c> when given.</summary>
    public static Func<HttpContext, Task> Rows(string? bookmark = null, params object?[][] rows) => context =>
        Neo4jResponses.Json(context, Accepted, new { data = Data(rows), bookmarks = Bookmarks(bookmark) });

    /// <summary>An explicit transaction opened with its first statement's rows, and the affinity header when given.</summary>
    public static Func<HttpContext, Task> Opened(string transaction, string? affinity = null, params object?[][] rows) => context =>
    {
        if (affinity is not null)
        {
            context.Response.Headers["neo4j-cluster-affinity"] = affinity;
        }

        return Neo4jResponses.Json(context, Accepted, new
        {
            data = Data(rows),
            bookmarks = Array.Empty<string>(),
            transaction = new { id = transaction, expires = "2024-10-22T15:48:29Z" },
        });
    };

    /// <summary>
    /// A transaction committed, answering with <paramref name="bookmark"/>; or, as Neo4j 5.26
    /// answers a commit sent without <c>Content-Type: application/json</c>, HTTP 500 with a
    /// client error (recorded from a real server).
    /// </summary>
    public static Func<HttpContext, Task> Committed(string? bookmark = null) => context =>
        context.Request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true
            ? Neo4jResponses.Json(context, Accepted, new { bookmarks = Bookmarks(bookmark) })
            : InvalidRequest(context);

    /// <summary>A transaction rolled back: HTTP 200 with an empty body, as Neo4j 5.26 answers <c>DELETE …/tx/{id}</c>.</summary>
    public static Func<HttpContext, Task> RolledBack() => context =>
    {
        context.Response.StatusCode = 200;
        return Task.CompletedTask;
    };

    /// <summary>
    /// What the Query API answers once a test's script runs out, by the request's shape as a
    /// real server would: a rollback, a commit, the opening of a transaction (with an id of four
    /// hex digits, as Neo4j 5.26 gives), or a statement.
    /// </summary>
    public static Func<HttpContext, Task> Unscripted() => context =>
        context.Request.Method == HttpMethods.Delete ? RolledBack()(context)
        : context.Request.Path.Value?.EndsWith("/commit", StringComparison.Ordinal) == true ? Committed()(context)
        : context.Request.Path.Value?.EndsWith("/tx", StringComparison.Ordinal) == true ? Opened($"{Interlocked.Increment(ref _nextTransaction) & 0xffff:x4}")(context)
        : Rows()(context);

    /// <summary>A failed statement: <c>{"errors":[{"code","message"}]}</c> with <paramref name="status"/>.</summary>
    public static Func<HttpContext, Task> Error(string code, string message, int status = 400) => context =>
        Neo4jResponses.Json(context, status, new { errors = new[] { new { code, message } } });

    /// <summary>A body with this exact text, as a success.</summary>
    public static Func<HttpContext, Task> Body(string text) => async context =>
    {
        context.Response.StatusCode = Accepted;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(text, context.RequestAborted);
    };

    private static int _nextTransaction = 0x4b72;

    /// <summary>Exactly what Neo4j 5.26 answered to a commit without a JSON body.</summary>
    private static Task InvalidRequest(HttpContext context)
    {
        context.Response.StatusCode = 500;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync("""{"errors":[{"code":"Neo.ClientError.Request.Invalid","message":"Request failed."}]}""", context.RequestAborted);
    }

    private static object Data(object?[][] rows) => new
    {
        fields = rows.Length == 0 ? [] : rows[0].Select((_, i) => $"c{i}").ToArray(),
        values = rows,
    };

    private static string[] Bookmarks(string? bookmark) => bookmark is null ? [] : [bookmark];
}
