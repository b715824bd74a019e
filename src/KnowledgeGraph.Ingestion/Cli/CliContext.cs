using System.Globalization;
using KnowledgeGraph.Ingestion.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace KnowledgeGraph.Ingestion.Cli;

/// <summary>What every verb may use: where to write, and how to get services with a store.</summary>
/// <param name="Console">For tables and progress; writes to <paramref name="Output"/>.</param>
/// <param name="Output">For plain lines that tools parse (errors, JSON), unwrapped and unstyled.</param>
/// <param name="Error">For problems that are not the verb's result.</param>
internal sealed record CliContext(IAnsiConsole Console, TextWriter Output, TextWriter Error, GraphStoreRegistration RegisterStore)
{
    /// <summary>The width of tables written to a file or a pipe, unless <c>COLUMNS</c> says otherwise.</summary>
    private const int RedirectedWidth = 120;

    /// <summary>
    /// The real terminal, with the store the environment selects (<see cref="GraphStoreSelection"/>).
    /// Output that is redirected, or a set <c>NO_COLOR</c>, gets no colours and no escape codes.
    /// </summary>
    public static CliContext ForTerminal(Func<string, string?> environment)
    {
        var redirected = System.Console.IsOutputRedirected;
        var plain = redirected || !string.IsNullOrEmpty(environment("NO_COLOR"));
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = plain ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = plain ? InteractionSupport.No : InteractionSupport.Detect,
            Out = new AnsiConsoleOutput(System.Console.Out),
        });
        if (redirected)
        {
            console.Profile.Width = int.TryParse(environment("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var columns) && columns > 0
                ? columns
                : RedirectedWidth;
        }

        return new CliContext(console, System.Console.Out, System.Console.Error, StoreFromEnvironment(environment));
    }

    /// <summary>Registers the store that <c>KG_STORE</c> and its settings in <paramref name="environment"/> select, at the <c>--db</c> file for SQLite.</summary>
    /// <exception cref="GraphStoreConfigurationException">When registering: the environment names no usable store.</exception>
    public static GraphStoreRegistration StoreFromEnvironment(Func<string, string?> environment) =>
        (services, databasePath) => services.AddKnowledgeGraphStore(GraphStoreSelection.Read(environment, databasePath));

    /// <summary>Services without a store: enough for validating.</summary>
    public static ServiceProvider CreateServices() =>
        new ServiceCollection().AddIngestionPipeline().BuildServiceProvider();

    /// <summary>Services with the store for <paramref name="databasePath"/>, registered in one place (<see cref="RegisterStore"/>).</summary>
    /// <param name="articlesFolder">Where ingestion finds the articles to check quotes against (<see cref="IngestionOptions.ArticlesFolder"/>); null for none.</param>
    /// <exception cref="GraphStoreConfigurationException">The environment names no usable store.</exception>
    public ServiceProvider CreateServicesWithStore(string databasePath, string? articlesFolder = null)
    {
        var services = new ServiceCollection().AddIngestionPipeline();
        services.Configure<IngestionOptions>(options => options.ArticlesFolder = articlesFolder);
        RegisterStore(services, databasePath);
        return services.BuildServiceProvider();
    }
}
