using System.Diagnostics;
using System.Globalization;

namespace KnowledgeGraph.Api.Load;

/// <summary>
/// Starts the API's Release build on a loopback port over a fresh SQLite file with the seed
/// ingested (rate limiting and request logs off), records its answers to the three cases,
/// serves the same bytes from a plain endpoint in a second process, then drives each case
/// against both for a fixed time and prints requests per second and their ratio.
/// </summary>
internal static class LoadRun
{
    public static async Task<int> RunAsync(LoadSettings settings)
    {
        var root = ChildProcesses.RepositoryRoot();
        var apiAssembly = ChildProcesses.ReleaseAssembly(root, "src", "KnowledgeGraph.Api", "KnowledgeGraph.Api.dll");

        var work = Directory.CreateTempSubdirectory("kg-api-load-");
        var apiUrl = new Uri($"http://127.0.0.1:{ChildProcesses.FreePort()}");
        var plainUrl = new Uri($"http://127.0.0.1:{ChildProcesses.FreePort()}");
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = settings.Clients, UseProxy = false };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        using var api = ChildProcesses.StartApi(root, apiAssembly, apiUrl, Path.Combine(work.FullName, "graph.db"), Path.Combine(root, "seed"));
        Process? plain = null;
        try
        {
            await ChildProcesses.WaitUntilOkAsync(http, new Uri(apiUrl, "/health/ready"), api);
            var answers = await RecordAnswersAsync(http, apiUrl, work.CreateSubdirectory("answers").FullName);
            plain = StartPlainServer(Path.Combine(work.FullName, "answers"), plainUrl);
            await ChildProcesses.WaitUntilOkAsync(http, new Uri(plainUrl, "/ready"), plain);

            Console.WriteLine($"{settings.Clients} clients, {settings.Duration.TotalSeconds:0} s per case after a warm-up, loopback, {Environment.ProcessorCount} cores");
            Console.WriteLine($"{"case",-10} {"GraphQL req/s",14} {"plain req/s",12} {"plain/GraphQL",14}");
            foreach (var loadCase in LoadCase.All)
            {
                var body = GraphQLRequests.Body(loadCase.Query);
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
            ChildProcesses.Stop(plain);
            ChildProcesses.Stop(api);
            plain?.Dispose();
            work.Delete(recursive: true);
        }
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
            var bytes = await GraphQLRequests.AskAsync(http, new Uri(apiUrl, "/graphql"), loadCase);
            answers[loadCase.Name] = bytes;
            await File.WriteAllBytesAsync(Path.Combine(folder, $"{loadCase.Name}.json"), bytes);
        }

        return answers;
    }

    private static string Failures(LoadDriver.Measurement graphQL, LoadDriver.Measurement baseline) =>
        graphQL.Failures + baseline.Failures == 0 ? string.Empty : $"  (failed or different answers: GraphQL {graphQL.Failures}, plain {baseline.Failures})";
}
