using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Sqlite;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// Registers the graph store chosen by <see cref="StoreKindKey"/> and the query service over it.
/// Each store kind is one entry of <see cref="StoreFactories"/>.
/// </summary>
internal static class StoreRegistration
{
    /// <summary>The configuration key (an environment variable too) that picks the store. Default: <c>sqlite</c>.</summary>
    public const string StoreKindKey = "KG_STORE";

    private const string DefaultStoreKind = "sqlite";

    private static readonly Dictionary<string, Func<IServiceProvider, IGraphStore>> StoreFactories =
        new(StringComparer.OrdinalIgnoreCase) { [DefaultStoreKind] = CreateSqliteStore };

    /// <exception cref="InvalidOperationException"><see cref="StoreKindKey"/> names no store this host knows.</exception>
    public static void AddKnowledgeGraphStore(this WebApplicationBuilder builder)
    {
        var kind = builder.Configuration[StoreKindKey]?.Trim() ?? DefaultStoreKind;
        if (!StoreFactories.TryGetValue(kind, out var createStore))
        {
            throw new InvalidOperationException(
                $"{StoreKindKey} is '{kind}', which is no store of this host; expected one of {string.Join(", ", StoreFactories.Keys.Order(StringComparer.Ordinal))}");
        }

        builder.Services.Configure<StoreOptions>(builder.Configuration.GetSection(StoreOptions.Section));
        builder.Services.AddSingleton(GraphSchema.Default);
        builder.Services.AddSingleton(createStore);
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
