using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Ingestion.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Ingestion;

/// <summary>Registers ingestion in a host.</summary>
public static class IngestionServiceCollectionExtensions
{
    /// <summary>
    /// Registers the ingestion worker (a hosted service that ingests <see cref="IngestionOptions.SeedFolder"/>
    /// on start and, when <see cref="IngestionOptions.Watch"/> is on, after every change) and
    /// <see cref="IIngestionPipeline"/>. The host registers the <c>IGraphStore</c>; a
    /// <see cref="TimeProvider"/> and the <see cref="GraphSchema"/> default to the system clock
    /// and <see cref="GraphSchema.Default"/> unless the host registered its own.
    /// </summary>
    /// <param name="configure">Adjusts the options after configuration binding, e.g. to turn watching off.</param>
    public static IServiceCollection AddKnowledgeGraphIngestion(this IServiceCollection services, Action<IngestionOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<IngestionOptions>()
            .Validate(o => !string.IsNullOrWhiteSpace(o.SeedFolder), "Ingestion:SeedFolder must name a folder")
            .Validate(o => o.Debounce >= TimeSpan.Zero, "Ingestion:Debounce must not be negative")
            .Validate(o => o.SettleTime >= TimeSpan.Zero, "Ingestion:SettleTime must not be negative")
            .Validate(o => o.MaxFileBytes > 0, "Ingestion:MaxFileBytes must be positive")
            .Validate(o => o.WriterLeaseWait >= TimeSpan.Zero, "Ingestion:WriterLeaseWait must not be negative")
            .ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.AddIngestionPipeline();
        services.AddHostedService<IngestionWorker>();
        return services;
    }

    /// <summary>The pipeline alone, for the command line: transient, so that it takes the store in whatever lifetime the host gave it.</summary>
    internal static IServiceCollection AddIngestionPipeline(this IServiceCollection services)
    {
        services.AddOptions<IngestionOptions>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(GraphSchema.Default);
        services.TryAddTransient(provider => new FactReader(new FactReaderOptions
        {
            MaxFileBytes = provider.GetRequiredService<IOptions<IngestionOptions>>().Value.MaxFileBytes,
        }));
        services.TryAddTransient<FactValidator>();
        services.TryAddTransient<FactFolder>();
        services.TryAddTransient<IIngestionPipeline, IngestionPipeline>();
        return services;
    }
}
