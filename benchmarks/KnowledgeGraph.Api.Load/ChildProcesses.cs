using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace KnowledgeGraph.Api.Load;

/// <summary>The processes the load runs start (the API, the plain endpoint, <c>kg</c>, the generator), and how they are found, awaited and stopped.</summary>
internal static class ChildProcesses
{
    private static readonly TimeSpan StartDeadline = TimeSpan.FromMinutes(10);

    /// <summary>The folder holding <c>KnowledgeGraph.sln</c> above the running build.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "KnowledgeGraph.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No KnowledgeGraph.sln above {AppContext.BaseDirectory}: run the load test from its build output in the source tree.");
    }

    /// <summary>The Release build of a project's assembly, or an explanation of how to make it.</summary>
    public static string ReleaseAssembly(string root, string folder, string project, string assembly)
    {
        var path = Path.Combine(root, folder, project, "bin", "Release", "net10.0", assembly);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"No Release build of {project} at {path}: run `dotnet build {folder}/{project} -c Release` first.", path);
    }

    /// <summary>Starts the API's Release build on <paramref name="url"/> over the SQLite file <paramref name="database"/>, ingesting <paramref name="facts"/> once on start (no watching, no rate limit, no request logs).</summary>
    public static Process StartApi(string root, string apiAssembly, Uri url, string database, string facts)
    {
        var start = new ProcessStartInfo("dotnet", [apiAssembly, "--urls", url.ToString()]) { WorkingDirectory = root, UseShellExecute = false };
        start.Environment["Store__SqlitePath"] = database;
        start.Environment["Ingestion__SeedFolder"] = facts;
        start.Environment["Ingestion__Watch"] = "false";
        start.Environment["RateLimiting__Enabled"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware"] = "Warning";
        // Readiness is polled from the start, and "not ready yet" is logged as a failure each time.
        start.Environment["Logging__LogLevel__Microsoft.Extensions.Diagnostics.HealthChecks"] = "Critical";
        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start the API");
    }

    /// <summary>Waits until <paramref name="url"/> answers a success status, failing when the server exits first or takes longer than the start deadline.</summary>
    public static async Task WaitUntilOkAsync(HttpClient http, Uri url, Process server)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < StartDeadline)
        {
            if (server.HasExited)
            {
                throw new InvalidOperationException($"The server for {url} exited with code {server.ExitCode}.");
            }

            try
            {
                using var response = await http.GetAsync(url);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }

        throw new TimeoutException($"{url} did not answer 200 within {StartDeadline.TotalSeconds:0} s.");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static void Stop(Process? server)
    {
        if (server is { HasExited: false })
        {
            server.Kill(entireProcessTree: true);
            server.WaitForExit();
        }
    }
}
