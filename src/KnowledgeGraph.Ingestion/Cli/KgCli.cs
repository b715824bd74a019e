using System.CommandLine;
using System.CommandLine.Invocation;
using KnowledgeGraph.Ingestion.Commands;

namespace KnowledgeGraph.Ingestion.Cli;

/// <summary>The <c>kg</c> command line: its verbs, in the order help lists them.</summary>
internal sealed class KgCli(CliContext context)
{
    /// <summary>Every verb. A new verb is a new class in <c>Commands/</c> and one line here.</summary>
    private static readonly IKgCommand[] Verbs =
    [
        new SearchCommand(),
        new ShowCommand(),
        new PartnersCommand(),
        new PathsCommand(),
        new SubgraphCommand(),
        new StatsCommand(),
        new ValidateCommand(),
        new IngestCommand(),
        new WatchCommand(),
        new GenerateCommand(),
    ];

    public RootCommand CreateRootCommand()
    {
        var root = new RootCommand("kg: ask the knowledge graph who is linked to whom, with the articles that prove it; and keep its store in step with the curated fact files");
        foreach (var verb in Verbs)
        {
            root.Subcommands.Add(verb.Create(context));
        }

        return root;
    }

    /// <summary>Runs the verb <paramref name="args"/> name. A mistyped command line gets its errors and typo corrections, not the whole help text.</summary>
    public Task<int> InvokeAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var parseResult = CreateRootCommand().Parse(args);
        if (parseResult.Action is ParseErrorAction parseErrors)
        {
            parseErrors.ShowHelp = false;
        }

        return parseResult.InvokeAsync(new InvocationConfiguration { Output = context.Output, Error = context.Error }, cancellationToken);
    }
}
