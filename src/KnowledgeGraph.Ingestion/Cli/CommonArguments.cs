using System.CommandLine;

namespace KnowledgeGraph.Ingestion.Cli;

/// <summary>Arguments and options several verbs share, so that they read the same everywhere.</summary>
internal static class CommonArguments
{
    /// <summary>The default <c>--db</c>: a SQLite file under <c>data/</c>, which git ignores.</summary>
    public const string DefaultDatabase = "data/knowledge-graph.db";

    public static Argument<string> SeedFolder() => new("folder")
    {
        Description = "The folder of fact files (*.yaml, read recursively)",
        DefaultValueFactory = _ => "seed",
    };

    public static Option<string> Database() => new("--db")
    {
        Description = "The database file of the graph store",
        DefaultValueFactory = _ => DefaultDatabase,
    };

    public static Option<bool> Json() => new("--json")
    {
        Description = "Print a machine-readable JSON report instead of tables",
    };
}
