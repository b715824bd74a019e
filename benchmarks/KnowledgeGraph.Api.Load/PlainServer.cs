namespace KnowledgeGraph.Api.Load;

/// <summary>
/// The baseline: a minimal-API endpoint per case that answers <c>POST /plain/{case}</c> with the
/// bytes the GraphQL endpoint answered for it, read once from <c>{case}.json</c>. No parsing, no
/// store: what is left is the cost of HTTP and Kestrel.
/// </summary>
internal static class PlainServer
{
    public static async Task<int> RunAsync(string answersFolder, string url)
    {
        var answers = Directory.GetFiles(answersFolder, "*.json")
            .ToDictionary(file => Path.GetFileNameWithoutExtension(file), File.ReadAllBytes, StringComparer.Ordinal);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(url);
        var app = builder.Build();
        app.MapPost("/plain/{name}", (string name) => answers.TryGetValue(name, out var answer)
            ? Results.Bytes(answer, GraphQLRequests.ResponseMediaType)
            : Results.NotFound());
        app.MapGet("/ready", () => Results.Ok());
        await app.RunAsync();
        return 0;
    }
}
