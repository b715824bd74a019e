using System.CommandLine;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Ingestion.Cli;

namespace KnowledgeGraph.Ingestion.Commands;

/// <summary><c>kg generate</c>: writes the artefacts derived from the graph schema (today the JSON Schema of fact files).</summary>
internal sealed class GenerateCommand : IKgCommand
{
    public Command Create(CliContext context)
    {
        var output = new Option<string>("--output")
        {
            Description = "Where to write the JSON Schema of fact files",
            DefaultValueFactory = _ => FactsJsonSchema.RelativePath,
        };
        var command = new Command("generate", "Write the JSON Schema of fact files, derived from the graph schema") { output };
        command.SetAction((parseResult, cancellationToken) => GenerateAsync(context, parseResult.GetRequiredValue(output), cancellationToken));
        return command;
    }

    private static async Task<int> GenerateAsync(CliContext context, string path, CancellationToken cancellationToken)
    {
        try
        {
            await File.WriteAllTextAsync(path, FactsJsonSchema.Generate(GraphSchema.Default), cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await context.Error.WriteLineAsync($"kg generate: could not write '{path}': {e.Message}");
            return ExitCodes.Failure;
        }

        await context.Output.WriteLineAsync($"wrote {path}");
        return ExitCodes.Success;
    }
}
