using KnowledgeGraph.Api.GraphQL;
using KnowledgeGraph.Api.Playground;
using KnowledgeGraph.GraphQL.Http;
using KnowledgeGraph.GraphQL.Pipeline;
using KnowledgeGraph.GraphQL.Types;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>The knowledge graph's GraphQL endpoint, its schema download and the playground, all at <see cref="Path"/>.</summary>
internal static partial class GraphQLHosting
{
    /// <summary>Where the GraphQL endpoint and the playground page live.</summary>
    public const string Path = "/graphql";

    /// <summary>Where the schema is served as SDL.</summary>
    public const string SchemaPath = "/graphql/schema.graphql";

    /// <summary>
    /// The configuration section bound onto the engine's <see cref="GraphQLRequestOptions"/>
    /// (environment: <c>GraphQL__MaxDepth</c> and so on); its defaults are the engine's.
    /// </summary>
    public const string ConfigurationSection = "GraphQL";

    /// <summary>Registers the schema and the request pipeline with the limits of the <see cref="ConfigurationSection"/> section.</summary>
    public static void AddKnowledgeGraphGraphQL(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddKnowledgeGraphSchema();
        services.AddGraphQL(provider => provider.GetRequiredService<GraphQLSchema>());
        services.AddSingleton<IValidateOptions<GraphQLRequestOptions>, GraphQLRequestOptionsValidator>();
        services.AddOptions<GraphQLRequestOptions>()
            .Bind(builder.Configuration.GetSection(ConfigurationSection))
            .ValidateOnStart()
            .Configure<ILoggerFactory>((options, logs) =>
            {
                var logger = logs.CreateLogger(typeof(GraphQLHosting).FullName!);
                options.OnUnexpectedError = (exception, error) => LogUnexpectedError(logger, exception, error.Message);
            });
    }

    /// <summary>Maps <c>GET</c>/<c>POST</c> <see cref="Path"/>, the playground for browsers at the same path, and <see cref="SchemaPath"/>.</summary>
    public static void MapKnowledgeGraphGraphQL(this WebApplication app)
    {
        app.MapGraphQL(Path);
        app.MapGraphQLSchema(SchemaPath);
        app.MapPlayground(Path);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A GraphQL resolver failed unexpectedly; the client saw: {ClientMessage}")]
    private static partial void LogUnexpectedError(ILogger logger, Exception exception, string clientMessage);
}
