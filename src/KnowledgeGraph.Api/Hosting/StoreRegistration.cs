using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Sqlite;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>Registers the graph store and the query service over it.</summary>
internal static class StoreRegistration
{
    public static void AddKnowledgeGraphStore(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<StoreOptions>(builder.Configuration.GetSection(StoreOptions.Section));
        builder.Services.AddSingleton(GraphSchema.Default);
        builder.Services.AddSingleton(CreateSqliteStore);
        builder.Services.AddSingleton<GraphQueryService>();
    }

    public static Task InitializeKnowledgeGraphStoreAsync(this IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<IGraphStore>().InitializeAsync(cancellationToken);

    private static IGraphStore CreateSqliteStore(IServiceProvider services)
    {
        var path = Path.GetFullPath(services.GetRequiredService<IOptions<StoreOptions>>().Value.SqlitePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return SqliteGraphStoreFactory.Create(new SqliteGraphStoreOptions { FilePath = path });
    }
}
