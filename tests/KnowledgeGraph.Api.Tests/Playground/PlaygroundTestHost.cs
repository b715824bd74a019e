using System.Net;
using KnowledgeGraph.Api.Playground;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Api.Tests.Playground;

/// <summary>
/// A web host that serves the playground and the fake GraphQL endpoint at one path, either in
/// memory (for HTTP tests) or on a real loopback port (for a browser).
/// </summary>
internal sealed class PlaygroundTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PlaygroundTestHost(WebApplication app, HttpClient client)
    {
        _app = app;
        Client = client;
    }

    /// <summary>A client of the host; its base address is the host's root.</summary>
    public HttpClient Client { get; }

    /// <summary>The playground and the fake GraphQL endpoint at <paramref name="path"/>, in memory.</summary>
    public static Task<PlaygroundTestHost> StartInMemoryAsync(string path = "/graphql", bool playgroundFirst = true) =>
        StartAsync(onLoopbackPort: false, endpoints => MapBoth(endpoints, path, playgroundFirst));

    /// <summary>The playground and the fake GraphQL endpoint at /graphql, on a free loopback port.</summary>
    public static Task<PlaygroundTestHost> StartOnLoopbackAsync() =>
        StartAsync(onLoopbackPort: true, endpoints => MapBoth(endpoints, "/graphql", playgroundFirst: true));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }

    private static async Task<PlaygroundTestHost> StartAsync(bool onLoopbackPort, Action<IEndpointRouteBuilder> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        if (onLoopbackPort)
        {
            builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        }
        else
        {
            builder.WebHost.UseTestServer();
        }

        var app = builder.Build();
        map(app);
        await app.StartAsync(TestContext.Current.CancellationToken);
        var client = onLoopbackPort ? new HttpClient { BaseAddress = new Uri(app.Urls.Single()) } : app.GetTestClient();
        return new PlaygroundTestHost(app, client);
    }

    private static void MapBoth(IEndpointRouteBuilder endpoints, string path, bool playgroundFirst)
    {
        if (playgroundFirst)
        {
            endpoints.MapPlayground(path);
            endpoints.MapFakeGraphQL(path);
        }
        else
        {
            endpoints.MapFakeGraphQL(path);
            endpoints.MapPlayground(path);
        }
    }
}
