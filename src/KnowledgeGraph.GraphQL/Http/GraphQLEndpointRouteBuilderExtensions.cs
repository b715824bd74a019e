using KnowledgeGraph.GraphQL.Pipeline;
using KnowledgeGraph.GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.GraphQL.Http;

/// <summary>Maps the GraphQL-over-HTTP endpoint and the schema download.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the GraphQL endpoint at <paramref name="pattern"/> (GraphQL-over-HTTP draft): POST with
    /// an <c>application/json</c> body, and GET with query parameters for queries. Responses are
    /// <c>application/graphql-response+json</c> when the client accepts it, else <c>application/json</c>.
    /// A browser opening the address as a page (<see cref="GraphQLHttp.IsBrowserPageRequest"/>) is left
    /// to another GET endpoint at the same address, such as a playground, when one is mapped.
    /// Requires <see cref="GraphQLServiceCollectionExtensions.AddGraphQL(IServiceCollection, Func{IServiceProvider, GraphQLSchema}, Action{GraphQLRequestOptions}?)"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The GraphQL services were not added.</exception>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql", Action<GraphQLHttpOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var options = new GraphQLHttpOptions();
        configure?.Invoke(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxRequestBodySize, 1, nameof(GraphQLHttpOptions.MaxRequestBodySize));
        var handler = new GraphQLHttpHandler(RequiredExecutor(endpoints), options);
        string[] methods = options.EnableGetRequests ? [HttpMethods.Get, HttpMethods.Post] : [HttpMethods.Post];
        var builder = endpoints.MapMethods(pattern, methods, handler.HandleAsync).WithMetadata(GraphQLEndpointMetadata.Instance);

        // Outrank a page mapped at the same address; the matcher policy steps aside for browser page requests.
        builder.Add(endpoint => ((RouteEndpointBuilder)endpoint).Order = -1);
        return builder;
    }

    /// <summary>Maps a GET endpoint at <paramref name="pattern"/> serving the schema as SDL (<c>text/plain</c>, UTF-8).</summary>
    /// <exception cref="InvalidOperationException">The GraphQL services were not added.</exception>
    public static IEndpointConventionBuilder MapGraphQLSchema(this IEndpointRouteBuilder endpoints, string pattern = "/graphql/schema.graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var executor = RequiredExecutor(endpoints);
        var sdl = new Lazy<string>(() => SchemaPrinter.PrintSchema(executor.Schema));
        return endpoints.MapGet(pattern, http =>
        {
            http.Response.ContentType = "text/plain; charset=utf-8";
            return http.Response.WriteAsync(sdl.Value, http.RequestAborted);
        });
    }

    private static GraphQLRequestExecutor RequiredExecutor(IEndpointRouteBuilder endpoints) =>
        endpoints.ServiceProvider.GetService<GraphQLRequestExecutor>()
        ?? throw new InvalidOperationException("The GraphQL services are missing: call services.AddGraphQL(...) before mapping GraphQL endpoints.");
}
