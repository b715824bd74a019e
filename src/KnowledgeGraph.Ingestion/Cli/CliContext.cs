using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace KnowledgeGraph.Ingestion.Cli;

/// <summary>What every verb may use: where to write, and how to get services with a store.</summary>
/// <param name="Console">For tables and progress; writes to <paramref name="Output"/>.</param>
/// <param name="Output">For plain lines that tools parse (errors, JSON), unwrapped and unstyled.</param>
/// <param name="Error">For problems that are not the verb's result.</param>
internal sealed record CliContext(IAnsiConsole Console, TextWriter Output, TextWriter Error, GraphStoreRegistration RegisterStore)
{
    /// <summary>The real terminal.</summary>
    public static CliContext ForTerminal(GraphStoreRegistration registerStore) =>
        new(AnsiConsole.Console, System.Console.Out, System.Console.Error, registerStore);

    /// <summary>Services without a store: enough for validating.</summary>
    public static ServiceProvider CreateServices() =>
        new ServiceCollection().AddIngestionPipeline().BuildServiceProvider();

    /// <summary>Services with the store for <paramref name="databasePath"/>, registered in one place (<see cref="RegisterStore"/>).</summary>
    public ServiceProvider CreateServicesWithStore(string databasePath)
    {
        var services = new ServiceCollection().AddIngestionPipeline();
        RegisterStore(services, databasePath);
        return services.BuildServiceProvider();
    }
}
