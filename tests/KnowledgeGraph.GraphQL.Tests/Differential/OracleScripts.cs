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
        await EnsureInstalledAsync();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(script);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = StartNode(start);
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

    /// <summary>
    /// Installs the oracle's pinned packages (<c>npm ci</c>) the first time a test needs them, so
    /// that a plain <c>dotnet test</c> works on a fresh clone; CI installs them beforehand.
    /// </summary>
    private static Task EnsureInstalledAsync() => Installation.Value;

    private static readonly Lazy<Task> Installation = new(InstallAsync);

    private static async Task InstallAsync()
    {
        if (Directory.Exists(Path.Combine(Folder, "node_modules", "graphql")))
        {
            return;
        }

        var start = new ProcessStartInfo("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"])
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var npm = StartNode(start);
        var error = npm.StandardError.ReadToEndAsync();
        await npm.StandardOutput.ReadToEndAsync();
        await npm.WaitForExitAsync();
        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException($"`npm ci` failed in {Folder} (exit code {npm.ExitCode}); the npm registry must be reachable the first time: {await error}");
        }
    }

    private static Process StartNode(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start.");
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            throw new InvalidOperationException($"The graphql-js oracle needs Node.js 20 or later with npm ('{start.FileName}' on PATH); it could not be started.", error);
        }
    }
}
