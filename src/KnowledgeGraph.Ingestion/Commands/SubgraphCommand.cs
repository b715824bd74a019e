using System.CommandLine;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Ingestion.Cli;
using KnowledgeGraph.Ingestion.Cli.Answers;
using Spectre.Console;

namespace KnowledgeGraph.Ingestion.Commands;

/// <summary><c>kg subgraph &lt;ref&gt;...</c>: the neighbourhood of some entities, as a summary and the relationships with their evidence.</summary>
internal sealed class SubgraphCommand : IKgCommand
{
    private static readonly Dictionary<string, string> CliNames = new(StringComparer.Ordinal)
    {
        ["refs"] = "<ref>",
        ["depth"] = "--depth",
        ["types"] = "--type",
        ["from"] = "--from",
        ["to"] = "--to",
        ["limit"] = "--limit",
    };

    public Command Create(CliContext context)
    {
        var references = new Argument<string[]>("ref") { Description = "Where to start: ids, names or aliases", Arity = ArgumentArity.OneOrMore };
        var depth = CommonArguments.Count("--depth", "How many relationships away to go, 0 to 4", 1);
        var limit = CommonArguments.Count("--limit", "The most relationships, 1 to 10000", 1000);
        var types = CommonArguments.Types("Only follow relationships of this type; repeat for several");
        var window = new TimeWindowOptions();
        var query = new QueryOptions();
        var command = new Command("subgraph", "Show the relationships around some entities") { references, depth, limit, types };
        window.AddTo(command);
        query.AddTo(command);
        command.SetAction((parseResult, cancellationToken) =>
        {
            var (from, to) = window.Read(parseResult);
            return QueryRunner.RunAsync(
                context, "subgraph", query.Read(parseResult), CliNames,
                async (service, token) =>
                {
                    var subgraph = await service.SubgraphAsync(
                        parseResult.GetRequiredValue(references), parseResult.GetValue(depth), CommonArguments.ReadTypes(parseResult, types),
                        from, to, parseResult.GetValue(limit), token);
                    var index = await RecordIndex.LoadAsync(service, subgraph.Relationships, subgraph.Nodes, token);
                    var json = new SubgraphJson(
                        [.. subgraph.Nodes.Select(EntityJson.Of)], [.. subgraph.Relationships.Select(r => RelationshipJson.Of(r, index))], subgraph.Truncated);
                    return new QueryAnswer(json, () => View(subgraph, index));
                },
                cancellationToken);
        });
        return command;
    }

    private static Rows View(Subgraph subgraph, RecordIndex index)
    {
        var summary = new Table().AddColumns("Nodes", "Relationships", "Truncated");
        summary.AddRow($"{subgraph.Nodes.Count}", $"{subgraph.Relationships.Count}", subgraph.Truncated ? "yes: raise --limit for the rest" : "no");
        return new Rows(summary, GraphViews.RelationshipTable(subgraph.Relationships, index));
    }

    /// <summary><c>kg subgraph --json</c>: <c>{ "nodes", "relationships", "truncated" }</c>, like the GraphQL <c>Subgraph</c>.</summary>
    private sealed record SubgraphJson(IReadOnlyList<EntityJson> Nodes, IReadOnlyList<RelationshipJson> Relationships, bool Truncated);
}
