using System.CommandLine;

namespace KnowledgeGraph.Ingestion.Cli;

/// <summary>Where a query verb reads, how it prints, and whether it first checks the store against the fact files.</summary>
/// <param name="Seed">The fact folder checked before the question (and ingested into an empty store), unless <paramref name="NoIngest"/>.</param>
internal sealed record QuerySettings(string Database, string Seed, bool NoIngest, bool Json);

/// <summary>The options every query verb has: <c>--db</c>, <c>--seed</c>, <c>--no-ingest</c>, <c>--json</c>.</summary>
internal sealed class QueryOptions
{
    private readonly Option<string> _database = CommonArguments.Database();
    private readonly Option<string> _seed = new("--seed")
    {
        Description = "The fact folder to check the store against before answering (and to ingest into an empty store)",
        DefaultValueFactory = _ => "seed",
    };

    private readonly Option<bool> _noIngest = new("--no-ingest")
    {
        Description = "Answer from the store as it is, without looking at the fact folder",
    };

    private readonly Option<bool> _json = new("--json")
    {
        Description = "Print the answer as JSON (the shapes are in the README of kg) instead of tables",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(_database);
        command.Options.Add(_seed);
        command.Options.Add(_noIngest);
        command.Options.Add(_json);
    }

    public QuerySettings Read(ParseResult parseResult) => new(
        parseResult.GetRequiredValue(_database),
        parseResult.GetRequiredValue(_seed),
        parseResult.GetValue(_noIngest),
        parseResult.GetValue(_json));
}
