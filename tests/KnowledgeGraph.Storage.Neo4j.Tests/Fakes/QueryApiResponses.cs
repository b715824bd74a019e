using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Fakes;

/// <summary>Responses shaped as Neo4j's Query API documents them in plain JSON (<c>Accept: application/json</c>).</summary>
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

    /// <summary>A transaction committed, answering with <paramref name="bookmark"/>.</summary>
    public static Func<HttpContext, Task> Committed(string? bookmark = null) => context =>
        Neo4jResponses.Json(context, Accepted, new { bookmarks = Bookmarks(bookmark) });

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

    private static object Data(object?[][] rows) => new
    {
        fields = rows.Length == 0 ? [] : rows[0].Select((_, i) => $"c{i}").ToArray(),
        values = rows,
    };

    private static string[] Bookmarks(string? bookmark) => bookmark is null ? [] : [bookmark];
}
