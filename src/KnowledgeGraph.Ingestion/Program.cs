using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Ingestion.Cli;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Ingestion;

/// <summary>The <c>kg</c> executable.</summary>
internal static class Program
{
    public static Task<int> Main(string[] args) =>
        new KgCli(CliContext.ForTerminal(RegisterGraphStore)).InvokeAsync(args);

    /// <summary>
    /// The one place <c>kg</c> chooses its graph store, for the database file of <c>--db</c>.
    /// No store implementation is available to this project yet, so resolving the store fails
    /// with a message that says so; point this at the SQLite store's factory once it exists.
    /// </summary>
    internal static void RegisterGraphStore(IServiceCollection services, string databasePath) =>
        services.AddSingleton<IGraphStore>(_ => throw new InvalidOperationException(
            $"no graph store is configured for '{databasePath}': kg does not yet wire in a store (Program.RegisterGraphStore)"));
}
