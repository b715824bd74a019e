using System.Diagnostics;

namespace KnowledgeGraph.GraphQL.Tests.Differential;

/// <summary>Runs the node scripts of tests/graphql-oracle (graphql-js and graphql-http, pinned there).</summary>
internal static class OracleScripts
{
    /// <summary>The tests/graphql-oracle folder of this repository.</summary>
    public static string Folder => OracleCorpus.OracleDirectory;

    /// <summary>Runs <c>node script args</c> in the oracle folder, feeding <paramref name="input"/> on stdin.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string script, IEnumerable<string> args, string? input, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules", "graphql")))
        {
            throw new InvalidOperationException($"The oracle's packages are not installed: run `npm ci` in {Folder} (CI runs .ci/setup.d/graphql-oracle.sh).");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(script);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started; install Node.js 20 or later.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input.AsMemory(), cancellationToken);
        }

        process.StandardInput.Close();
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await output, await error);
    }
}
