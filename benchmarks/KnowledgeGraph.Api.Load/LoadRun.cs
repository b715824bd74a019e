using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Api.Load;

/// <summary>
/// Starts the API's Release build on a loopback port over a fresh SQLite file with the seed
/// ingested (rate limiting and request logs off), records its answers to the three cases,
/// serves the same bytes from a plain endpoint in a second process, then drives each case
/// against both for a fixed time and prints requests per second and their ratio.
/// </summary>
internal static class LoadRun
{
    public const string GraphQLResponseMediaType = "application/graphql-response+json";

    private static readonly TimeSpan StartDeadline = TimeSpan.FromMinutes(2);

    public static async Task<int> RunAsync(LoadSettings settings)
    {
        var root = RepositoryRoot();
        var apiAssembly = Path.Combine(root, "src", "KnowledgeGraph.Api", "bin", "Release", "net10.0", "KnowledgeGraph.Api.dll");
        if (!File.Exists(apiAssembly))
        {
            await Console.Error.WriteLineAsync($"No Release build of the API at {apiAssembly}: run `dotnet build src/KnowledgeGraph.Api -c Release` first.");
            return 1;
        }

        var work = Directory.CreateTempSubdirectory("kg-api-load-");
        var apiUrl = new Uri($"http://127.0.0.1:{FreePort()}");
        var plainUrl = new Uri($"http://127.0.0.1:{FreePort()}");
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = settings.Clients, UseProxy = false };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        using var api = StartApi(root, apiAssembly, apiUrl, work.FullName);
        Process? plain = null;
        try
        {
            await WaitUntilOkAsync(http, new Uri(apiUrl, "/health/ready"), api);
            var answers = await RecordAnswersAsync(http, apiUrl, work.CreateSubdirectory("answers").FullName);
            plain = StartPlainServer(Path.Combine(work.FullName, "answers"), plainUrl);
            await WaitUntilOkAsync(http, new Uri(plainUrl, "/ready"), plain);

            Console.WriteLine($"{settings.Clients} clients, {settings.Duration.TotalSeconds:0} s per case after a warm-up, loopback, {Environment.ProcessorCount} cores");
            Console.WriteLine($"{"case",-10} {"GraphQL req/s",14} {"plain req/s",12} {"plain/GraphQL",14}");
            foreach (var loadCase in LoadCase.All)
            {
                using var content = JsonContent.Create(new { query = loadCase.Query });
                var body = await content.ReadAsByteArrayAsync();
                var graphQL = await LoadDriver.DriveAsync(http, new Uri(apiUrl, "/graphql"), body, answers[loadCase.Name], settings);
                var baseline = await LoadDriver.DriveAsync(http, new Uri(plainUrl, $"/plain/{loadCase.Name}"), body, answers[loadCase.Name], settings);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{loadCase.Name,-10} {graphQL.RequestsPerSecond,14:0} {baseline.RequestsPerSecond,12:0} {baseline.RequestsPerSecond / graphQL.RequestsPerSecond,13:0.0}x" +
                    $"{Failures(graphQL, baseline)}"));
            }

            return 0;
        }
        finally
        {
            Stop(plain);
            Stop(api);
            plain?.Dispose();
            work.Delete(recursive: true);
        }
    }

    private static Process StartApi(string root, string apiAssembly, Uri url, string work)
    {
        var start = new ProcessStartInfo("dotnet", [apiAssembly, "--urls", url.ToString()]) { WorkingDirectory = root, UseShellExecute = false };
        start.Environment["Store__SqlitePath"] = Path.Combine(work, "graph.db");
        start.Environment["Ingestion__SeedFolder"] = Path.Combine(root, "seed");
        start.Environment["Ingestion__Watch"] = "false";
        start.Environment["RateLimiting__Enabled"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware"] = "Warning";
        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start the API");
    }

    private static Process StartPlainServer(string answers, Uri url)
    {
        var self = typeof(LoadRun).Assembly.Location;
        var host = Environment.ProcessPath ?? "dotnet";
        string[] arguments = Path.GetFileNameWithoutExtension(host) == "dotnet" ? [self, "serve-plain", answers, url.ToString()] : ["serve-plain", answers, url.ToString()];
        return Process.Start(new ProcessStartInfo(host, arguments) { UseShellExecute = false })
            ?? throw new InvalidOperationException("the plain endpoint did not start");
    }

    /// <summary>Asks each case once and keeps the exact bytes: the plain endpoint's answers, and what every loaded answer must equal.</summary>
    private static async Task<Dictionary<string, byte[]>> RecordAnswersAsync(HttpClient http, Uri apiUrl, string folder)
    {
        var answers = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var loadCase in LoadCase.All)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(apiUrl, "/graphql")) { Content = JsonContent.Create(new { query = loadCase.Query }) };
            request.Headers.Accept.ParseAdd(GraphQLResponseMediaType);
            using var response = await http.SendAsync(request);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            if (response.StatusCode != HttpStatusCode.OK || JsonNode.Parse(bytes)?["errors"] is not null)
            {
                throw new InvalidOperationException($"The API answered the {loadCase.Name} case with {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(bytes)}");
            }

            answers[loadCase.Name] = bytes;
            await File.WriteAllBytesAsync(Path.Combine(folder, $"{loadCase.Name}.json"), bytes);
        }

        return answers;
    }

    private static async Task WaitUntilOkAsync(HttpClient http, Uri url, Process server)
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

    private static string Failures(LoadDriver.Measurement graphQL, LoadDriver.Measurement baseline) =>
        graphQL.Failures + baseline.Failures == 0 ? string.Empty : $"  (failed or different answers: GraphQL {graphQL.Failures}, plain {baseline.Failures})";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Stop(Process? server)
    {
        if (server is { HasExited: false })
        {
            server.Kill(entireProcessTree: true);
            server.WaitForExit();
        }
    }

    private static string RepositoryRoot()
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
}
