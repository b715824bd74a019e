using KnowledgeGraph.GraphQL.Http;
using KnowledgeGraph.GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.GraphQL.Tests.Http;

/// <summary>A real Kestrel host on a random loopback port serving <see cref="Schema"/> at /graphql.</summary>
internal sealed class GraphQLTestHost : IAsyncDisposable
{
    public const string PlaygroundHtml = "<!doctype html><title>playground</title>";

    private readonly WebApplication _app;

    private GraphQLTestHost(WebApplication app, Uri address)
    {
        _app = app;
        Client = new HttpClient { BaseAddress = address };
        GraphQLUrl = new Uri(address, "/graphql");
    }

    public HttpClient Client { get; }

    public Uri GraphQLUrl { get; }

    public static async Task<GraphQLTestHost> StartAsync(Action<GraphQLHttpOptions>? configure = null, bool withPlayground = false)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddGraphQL(Schema());
        var app = builder.Build();
        app.MapGraphQL(configure: configure);
        app.MapGraphQLSchema();
        if (withPlayground)
        {
            app.MapGet("/graphql", (HttpContext http) =>
            {
                http.Response.ContentType = "text/html";
                return http.Response.WriteAsync(PlaygroundHtml);
            });
        }

        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new GraphQLTestHost(app, new Uri(address));
    }

    /// <summary>A small schema: greetings, an echo of variables, a mutation, and a field that fails.</summary>
    public static GraphQLSchema Schema() => new SchemaBuilder()
        .AddSdl("""
            "The queries."
            type Query {
              hello: String
              greet(name: String!): String
              fail: String
              count: Int!
            }
            type Mutation { bump: Int }
            """)
        .Resolve("Query", "hello", _ => "world")
        .Resolve("Query", "greet", context => $"hello, {context.Argument<string>("name")}")
        .Resolve("Query", "fail", _ => throw new GraphQLException("this field always fails"))
        .Resolve("Query", "count", _ => throw new GraphQLException("no count"))
        .Resolve("Mutation", "bump", _ => 1)
        .Build();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
