using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Ingestion.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Ingestion.Cli;

/// <summary>The store a verb works on, for the user's <c>--db</c> and the environment; disposing the session closes the store.</summary>
internal sealed class StoreSession : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private StoreSession(ServiceProvider services, IGraphStore store)
    {
        _services = services;
        Store = store;
    }

    public IGraphStore Store { get; }

    public IIngestionPipeline Pipeline => _services.GetRequiredService<IIngestionPipeline>();

    /// <summary>Opens the store, or says on the error stream why it cannot be and returns null.</summary>
    /// <param name="articlesFolder">Where ingestion finds the articles to check quotes against; null for none.</param>
    public static StoreSession? Open(CliContext context, string verb, string database, string? articlesFolder = null)
    {
        ServiceProvider? services = null;
        try
        {
            services = context.CreateServicesWithStore(database, articlesFolder);
            return new StoreSession(services, services.GetRequiredService<IGraphStore>());
        }
        catch (GraphStoreConfigurationException e)
        {
            services?.Dispose();
            context.Error.WriteLine($"kg {verb}: {e.Message}");
            return null;
        }
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
