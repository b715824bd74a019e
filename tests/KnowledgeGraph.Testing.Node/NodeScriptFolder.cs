using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace KnowledgeGraph.Testing.Node;

/// <summary>
/// A folder of Node.js scripts whose npm packages are pinned by its <c>package-lock.json</c>.
/// The packages are installed (<c>npm ci</c>) the first time a script runs, so that a plain
/// <c>dotnet test</c> works on a fresh clone; CI installs them beforehand.
/// </summary>
/// <param name="folder">The folder holding the scripts and the lockfile.</param>
/// <param name="installedPackage">A package whose folder under <c>node_modules</c> shows the packages are installed.</param>
/// <param name="description">What the scripts are, for error messages, e.g. <c>The graphql-js oracle</c>.</param>
public sealed class NodeScriptFolder(string folder, string installedPackage, string description)
{
    private readonly Lazy<Task> _installation = new(() => InstallAsync(folder, installedPackage));

    /// <summary>The folder holding the scripts.</summary>
    public string Folder { get; } = folder;

    /// <summary>Runs <c>node script args</c> in the folder, feeding <paramref name="input"/> on stdin.</summary>
    public async Task<NodeRun> RunAsync(string script, IEnumerable<string> args, string? input, CancellationToken cancellationToken)
    {
        await _installation.Value;
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(script);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Start(start, description);
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input.AsMemory(), cancellationToken);
        }

        process.StandardInput.Close();
        await process.WaitForExitAsync(cancellationToken);
        return new NodeRun(process.ExitCode, await output, await error);
    }

    private static async Task InstallAsync(string folder, string installedPackage)
    {
        if (Directory.Exists(Path.Combine(folder, "node_modules", installedPackage)))
        {
            return;
        }

        var start = new ProcessStartInfo("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var npm = Start(start, $"The scripts of {folder}");
        var error = npm.StandardError.ReadToEndAsync();
        await npm.StandardOutput.ReadToEndAsync();
        await npm.WaitForExitAsync();
        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException($"`npm ci` failed in {folder} (exit code {npm.ExitCode}); the npm registry must be reachable the first time: {await error}");
        }
    }

    private static Process Start(ProcessStartInfo start, string description)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start.");
        }
        catch (Win32Exception error)
        {
            throw new InvalidOperationException($"{description} needs Node.js 20 or later with npm ('{start.FileName}' on PATH); it could not be started.", error);
        }
    }
}

/// <summary>How a script ended: its exit code and what it wrote.</summary>
/// <param name="ExitCode">The process's exit code; 0 when it succeeded.</param>
/// <param name="Output">Everything written to stdout.</param>
/// <param name="Error">Everything written to stderr.</param>
public sealed record NodeRun(int ExitCode, string Output, string Error);
