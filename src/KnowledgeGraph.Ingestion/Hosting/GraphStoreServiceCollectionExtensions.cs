using KnowledgeGraph.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Ingestion.Hosting;

/// <summary>Registers the chosen graph store in a host.</summary>
public static class GraphStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the store of <paramref name="selection"/> as the process's one
    /// <see cref="IGraphStore"/>, created on first use with the host's <see cref="TimeProvider"/>
    /// (when it has one) and disposed with the service provider.
    /// </summary>
    public static IServiceCollection AddKnowledgeGraphStore(this IServiceCollection services, GraphStoreSelection selection)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(selection);
        return services.AddSingleton(provider => selection.CreateStore(provider.GetService<TimeProvider>()));
    }
}
