using System.CommandLine;
using KnowledgeGraph.Ingestion.Cli;

namespace KnowledgeGraph.Ingestion.Commands;

/// <summary>One verb of <c>kg</c>. Each verb is one class in this folder, listed once in <see cref="KgCli"/>.</summary>
internal interface IKgCommand
{
    /// <summary>The verb's command, its arguments and its action.</summary>
    Command Create(CliContext context);
}
