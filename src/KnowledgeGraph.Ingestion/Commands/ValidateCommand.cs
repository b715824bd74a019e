using System.CommandLine;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Ingestion.Cli;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Ingestion.Commands;

/// <summary>
/// <c>kg validate [folder] [--articles dir]</c>: checks the fact files without a store; one
/// <c>file:line:column: message</c> line per error, then a summary that says whether quotes
/// were checked against their articles.
/// </summary>
internal sealed class ValidateCommand : IKgCommand
{
    public Command Create(CliContext context)
    {
        var folder = CommonArguments.SeedFolder();
        var articles = CommonArguments.Articles();
        var command = new Command("validate", "Check the fact files against the graph schema (and, with --articles, every quote against its article), writing nothing")
        {
            folder, articles,
        };
        command.SetAction(parseResult => Validate(context, parseResult.GetRequiredValue(folder), parseResult.GetValue(articles)));
        return command;
    }

    private static int Validate(CliContext context, string folder, string? articles)
    {
        using var services = CliContext.CreateServices();
        var content = services.GetRequiredService<FactFolder>().Load(folder, articles, CancellationToken.None);
        if (content.Validation is not { } validation)
        {
            context.Error.WriteLine($"kg validate: {content.Failure}");
            return ExitCodes.Failure;
        }

        foreach (var error in validation.Errors)
        {
            context.Output.WriteLine(error.ToString());
        }

        var facts = validation.Facts;
        context.Output.WriteLine(validation.IsValid
            ? $"{folder}: {content.FileCount} files valid: {facts.Sources.Count} sources, {facts.Entities.Count} entities, {facts.Relationships.Count} relationships"
            : $"{folder}: {validation.Errors.Count} errors in {validation.Errors.Select(e => e.File).Distinct().Count()} of {content.FileCount} files");
        context.Output.WriteLine(QuoteSummary(validation.Quotes, articles));
        return validation.IsValid ? ExitCodes.Success : ExitCodes.InvalidFacts;
    }

    private static string QuoteSummary(QuoteCheck? quotes, string? articles) => quotes switch
    {
        null => "quotes were not checked against their articles; name the articles' folder with --articles to check them",
        { Unchecked: 0 } => $"{quotes.Checked} quotes checked against their articles in {articles}",
        _ => $"{quotes.Checked} quotes checked against their articles in {articles}; {quotes.Unchecked} not, their sources naming no article (file)",
    };
}
