using KnowledgeGraph.Ingestion.Cli;

namespace KnowledgeGraph.Ingestion;

/// <summary>The <c>kg</c> executable. The store is the one the environment selects (<see cref="Hosting.GraphStoreSelection"/>).</summary>
internal static class Program
{
    public static Task<int> Main(string[] args) =>
        new KgCli(CliContext.ForTerminal(Environment.GetEnvironmentVariable)).InvokeAsync(args);
}
