using KnowledgeGraph.Ingestion.Cli;
using Spectre.Console;

namespace KnowledgeGraph.Ingestion.Tests.Support;

/// <summary>
/// Runs <c>kg</c> in-process as a user would, with the store the environment selects (SQLite
/// unless it says otherwise), capturing what it prints. Tables are wide enough not to wrap.
/// </summary>
internal sealed class CliRunner(IReadOnlyDictionary<string, string?>? environment = null)
{
    private const int ConsoleWidth = 400;

    public async Task<CliRun> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = ConsoleWidth;
        var lookup = environment ?? new Dictionary<string, string?>();
        var context = new CliContext(console, output, error, CliContext.StoreFromEnvironment(lookup.GetValueOrDefault));

        var exitCode = await new KgCli(context).InvokeAsync(args, TestContext.Current.CancellationToken);

        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}

/// <summary>What one run of <c>kg</c> exited with and printed.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error);
