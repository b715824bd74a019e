using System.CommandLine;
using KnowledgeGraph.Ingestion.Cli;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Ingestion.Commands;

/// <summary><c>kg validate [folder]</c>: checks the fact files without a store; one <c>file:line:column: message</c> line per error.</summary>
internal sealed class ValidateCommand : IKgCommand
{
    public Command Create(CliContext context)
    {
        var folder = CommonArguments.SeedFolder();
        var command = new Command("validate", "Check the fact files against the graph schema, writing nothing") { folder };
        command.SetAction(parseResult => Validate(context, parseResult.GetRequiredValue(folder)));
        return command;
    }

    private static int Validate(CliContext context, string folder)
    {
        using var services = CliContext.CreateServices();
        var content = services.GetRequiredService<FactFolder>().Load(folder, CancellationToken.None);
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
        return validation.IsValid ? ExitCodes.Success : ExitCodes.InvalidFacts;
    }
}
