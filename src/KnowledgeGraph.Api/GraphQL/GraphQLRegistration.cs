using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>Registers the knowledge graph's GraphQL schema.</summary>
internal static class GraphQLRegistration
{
    /// <summary>
    /// Registers the built <see cref="GraphQLSchema"/> as a singleton. It needs the
    /// <see cref="GraphQueryService"/>, <see cref="IGraphStore"/> and <see cref="GraphSchema"/>
    /// that the store registration provides; the schema is built on first resolution.
    /// </summary>
    public static IServiceCollection AddKnowledgeGraphSchema(this IServiceCollection services) =>
        services.AddSingleton(provider => KnowledgeGraphSchema.Build(
            provider.GetRequiredService<GraphQueryService>(),
            provider.GetRequiredService<IGraphStore>(),
            provider.GetRequiredService<GraphSchema>()));
}
