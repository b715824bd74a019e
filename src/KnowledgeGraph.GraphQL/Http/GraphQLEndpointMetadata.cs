namespace KnowledgeGraph.GraphQL.Http;

/// <summary>
/// Marks the endpoint <see cref="GraphQLEndpointRouteBuilderExtensions.MapGraphQL"/> maps, so that
/// a browser page at the same address (a playground) can take the browser's plain GET.
/// </summary>
internal sealed class GraphQLEndpointMetadata
{
    public static GraphQLEndpointMetadata Instance { get; } = new();
}
