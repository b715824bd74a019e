using KnowledgeGraph.Api.GraphQL;
using KnowledgeGraph.Api.Playground;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.GraphQL.Http;
using KnowledgeGraph.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Api.Tests.Playground;

/// <summary>
/// An in-memory web host that maps the playground and the real GraphQL endpoint (the
/// knowledge-graph schema over an empty store) at one path, in either order, so that routing
/// between the two can be tested at any path.
/// </summary>
internal sealed class PlaygroundTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PlaygroundTestHost(WebApplication app)
    {
        _app = app;
        Client = app.GetTestClient();
    }

    /// <summary>A client of the host; its base address is the host's root.</summary>
    public HttpClient Client { get; }

    /// <summary>The playground and the GraphQL endpoint at <paramref name="path"/>.</summary>
    public static async Task<PlaygroundTestHost> StartInMemoryAsync(string path = "/graphql", bool playgroundFirst = true)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseTestServer();
        var store = new InMemoryGraphStore();
        builder.Services.AddGraphQL(KnowledgeGraphSchema.Build(new GraphQueryService(store, GraphSchema.Default), store, GraphSchema.Default));

        var app = builder.Build();
        MapBoth(app, path, playgroundFirst);
        await app.StartAsync(TestContext.Current.CancellationToken);
        return new PlaygroundTestHost(app);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }

    private static void MapBoth(IEndpointRouteBuilder endpoints, string path, bool playgroundFirst)
    {
        if (playgroundFirst)
        {
            endpoints.MapPlayground(path);
            endpoints.MapGraphQL(path);
        }
        else
        {
            endpoints.MapGraphQL(path);
            endpoints.MapPlayground(path);
        }
    }
}
