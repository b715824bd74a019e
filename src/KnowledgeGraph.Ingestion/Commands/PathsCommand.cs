using System.CommandLine;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Ingestion.Cli;
using KnowledgeGraph.Ingestion.Cli.Answers;
using Spectre.Console;

namespace KnowledgeGraph.Ingestion.Commands;

/// <summary><c>kg paths &lt;from&gt; &lt;to&gt;</c>: the shortest chains of relationships between two entities, each link with its evidence.</summary>
internal sealed class PathsCommand : IKgCommand
{
    private static readonly Dictionary<string, string> CliNames = new(StringComparer.Ordinal)
    {
        ["from"] = "<from>",
        ["to"] = "<to>",
        ["maxHops"] = "--max-hops",
        ["types"] = "--type",
        ["first"] = "--first",
    };

    public Command Create(CliContext context)
    {
        var from = new Argument<string>("from") { Description = "Where the paths start: an id, name or alias" };
        var to = new Argument<string>("to") { Description = "Where they end: an id, name or alias" };
        var maxHops = CommonArguments.Count("--max-hops", "The longest path, in relationships, 1 to 8", 4);
        var first = CommonArguments.Count("--first", "At most this many paths, 1 to 50", 5);
        var types = CommonArguments.Types("Only walk along relationships of this type; repeat for several");
        var query = new QueryOptions();
        var command = new Command("paths", "Trace how two entities are connected, shortest first") { from, to, maxHops, first, types };
        query.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => QueryRunner.RunAsync(
            context, "paths", query.Read(parseResult), CliNames,
            async (service, token) =>
            {
                var paths = await service.PathsAsync(
                    parseResult.GetRequiredValue(from), parseResult.GetRequiredValue(to), parseResult.GetValue(maxHops),
                    CommonArguments.ReadTypes(parseResult, types), parseResult.GetValue(first), token);
                return await AnswerAsync(service, paths, token);
            },
            cancellationToken));
        return command;
    }

    private static async Task<QueryAnswer> AnswerAsync(GraphQueryService service, IReadOnlyList<GraphPath> paths, CancellationToken cancellationToken)
    {
        var index = await RecordIndex.LoadAsync(service, [.. paths.SelectMany(p => p.Relationships)], paths.SelectMany(p => p.Nodes), cancellationToken);
        return new QueryAnswer(new PathsJson([.. paths.Select(p => PathJson.Of(p, index))]), () => View(paths, index));
    }

    private static Rows View(IReadOnlyList<GraphPath> paths, RecordIndex index)
    {
        if (paths.Count == 0)
        {
            return new Rows(new Text("No path within --max-hops; allow longer ones with a larger --max-hops."));
        }

        return new Rows(paths.Select((path, i) => GraphViews.Path(
            $"Path {i + 1} of {paths.Count}: {(path.Length == 1 ? "1 relationship" : $"{path.Length} relationships")}", path, index)));
    }

    /// <summary><c>kg paths --json</c>: <c>{ "paths": [ { "length", "nodes", "relationships" } ] }</c>, shortest first.</summary>
    private sealed record PathsJson(IReadOnlyList<PathJson> Paths);
}
