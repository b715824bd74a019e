using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Ingestion.Hosting;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// Registers the graph store that <c>KG_STORE</c> chooses (read from configuration, which
/// includes the environment, exactly as <c>kg</c> reads it) and the query service over it.
/// </summary>
internal static class StoreRegistration
{
    /// <exception cref="GraphStoreConfigurationException"><c>KG_STORE</c> names no store, or the chosen store's settings are missing or invalid.</exception>
    public static void AddKnowledgeGraphStore(this WebApplicationBuilder builder)
    {
        var sqlitePath = builder.Configuration.GetSection(StoreOptions.Section).Get<StoreOptions>()?.SqlitePath ?? new StoreOptions().SqlitePath;
        var selection = GraphStoreSelection.Read(key => builder.Configuration[key], sqlitePath);
        builder.Services.AddSingleton(GraphSchema.Default);
        builder.Services.AddKnowledgeGraphStore(selection);
        builder.Services.AddSingleton<GraphQueryService>();
    }

    /// <summary>
    /// Makes every request one consistent read of the store, so that an answer assembled from
    /// many reads (a GraphQL query's fields and loaders, an export) never mixes two ingestions.
    /// </summary>
    public static void UseConsistentReads(this WebApplication app)
    {
        var store = app.Services.GetRequiredService<IGraphStore>();
        app.Use(async (context, next) =>
        {
            using var read = store.BeginConsistentRead();
            await next(context);
        });
    }

    public static Task InitializeKnowledgeGraphStoreAsync(this IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<IGraphStore>().InitializeAsync(cancellationToken);
}
