using System.CommandLine;
using KnowledgeGraph.Ingestion.Hosting;

namespace KnowledgeGraph.Ingestion.Cli;

/// <summary>Arguments and options several verbs share, so that they read the same everywhere.</summary>
internal static class CommonArguments
{
    /// <summary>The default <c>--db</c>: a SQLite file under <c>data/</c>, which git ignores.</summary>
    public const string DefaultDatabase = GraphStoreSelection.DefaultSqliteFile;

    public static Argument<string> SeedFolder() => new("folder")
    {
        Description = "The folder of fact files (*.yaml, read recursively)",
        DefaultValueFactory = _ => "seed",
    };

    /// <summary>An <c>--articles</c>: the folder of source articles that quotes are checked against; none when not given.</summary>
    public static Option<string?> Articles() => new("--articles")
    {
        Description = "The folder of the source articles: check every quote against the article its source names (file)",
        HelpName = "DIR",
    };

    public static Option<string> Database() => new("--db")
    {
        Description = "The SQLite file of the graph store (when KG_STORE is sqlite or unset)",
        DefaultValueFactory = _ => DefaultDatabase,
    };

    public static Option<bool> Json() => new("--json")
    {
        Description = "Print a machine-readable JSON report instead of tables",
    };

    /// <summary>A repeatable <c>--type</c>: schema type names, in any case (<c>--type city --type district</c>).</summary>
    public static Option<string[]> Types(string description) => new("--type")
    {
        Description = description,
        HelpName = "TYPE",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>The types of a <see cref="Types"/> option in the schema's upper case, or null when none were given (every type).</summary>
    public static IReadOnlyCollection<string>? ReadTypes(ParseResult parseResult, Option<string[]> option) =>
        parseResult.GetValue(option) is { Length: > 0 } types ? [.. types.Select(t => t.Trim().ToUpperInvariant())] : null;

    /// <summary>A <c>--first</c> or <c>--limit</c>: how many results at most, with the query's default.</summary>
    public static Option<int> Count(string name, string description, int defaultValue) => new(name)
    {
        Description = $"{description} (default {defaultValue})",
        HelpName = "N",
        DefaultValueFactory = _ => defaultValue,
    };
}
