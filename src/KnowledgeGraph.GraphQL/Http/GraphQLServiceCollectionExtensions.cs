using KnowledgeGraph.GraphQL.Pipeline;
using KnowledgeGraph.GraphQL.Types;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.GraphQL.Http;

/// <summary>Registers the GraphQL request pipeline for the endpoints of <see cref="GraphQLEndpointRouteBuilderExtensions"/>.</summary>
public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="GraphQLRequestExecutor"/> over the schema
    /// <paramref name="schemaFactory"/> builds (once, on first use), configured by
    /// <see cref="GraphQLRequestOptions"/> (which may also be bound from configuration), and the
    /// routing policy that lets a browser page share the endpoint's address.
    /// The execution timeout uses the registered <see cref="TimeProvider"/>, or the system clock.
    /// </summary>
    public static IServiceCollection AddGraphQL(
        this IServiceCollection services,
        Func<IServiceProvider, GraphQLSchema> schemaFactory,
        Action<GraphQLRequestOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(schemaFactory);
        var options = services.AddOptions<GraphQLRequestOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(provider => new GraphQLRequestExecutor(
            schemaFactory(provider),
            provider.GetRequiredService<IOptions<GraphQLRequestOptions>>().Value,
            provider.GetService<TimeProvider>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<MatcherPolicy, BrowserPageMatcherPolicy>());
        return services;
    }

    /// <summary>Registers the pipeline over an already built <paramref name="schema"/>; see the other overload.</summary>
    public static IServiceCollection AddGraphQL(this IServiceCollection services, GraphQLSchema schema, Action<GraphQLRequestOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return services.AddGraphQL(_ => schema, configure);
    }
}
