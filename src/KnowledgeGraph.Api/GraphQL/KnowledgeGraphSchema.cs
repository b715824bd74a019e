using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>
/// The public GraphQL schema of the knowledge graph: every type, field and argument of the
/// contract (design/graphql-contract.graphql), plus a few additions for analysts, resolved by
/// the query service. The enums of entity and relationship types follow the graph schema.
/// </summary>
internal static class KnowledgeGraphSchema
{
    /// <summary>Builds the schema; resolvers capture <paramref name="queries"/> and <paramref name="store"/>, so build it once.</summary>
    /// <param name="store">Read directly only to list entities and sources, which the query service does not offer.</param>
    /// <exception cref="InvalidOperationException">The graph schema has a category or lacks a relationship type that the GraphQL types do not fit.</exception>
    public static GraphQLSchema Build(GraphQueryService queries, IGraphStore store, GraphSchema graphSchema)
    {
        var builder = new SchemaBuilder()
            .AddScalars()
            .AddEnums(graphSchema);
        new QueryType(queries, store).AddTo(builder);
        new EntityTypes(queries, graphSchema).AddTo(builder);
        return builder
            .AddRelationshipTypes(queries)
            .AddResultTypes()
            .Build();
    }
}
