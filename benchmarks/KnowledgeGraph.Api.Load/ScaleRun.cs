using System.Diagnostics;
using System.Globalization;

namespace KnowledgeGraph.Api.Load;

/// <summary>
/// The scale benchmark: generates a KG-shaped graph at a scale, ingests it with <c>kg</c> into a
/// fresh SQLite file (full, again unchanged, again after one changed article), serves it from the
/// API's Release build, and times each question one request at a time (p50/p95/p99 over HTTP),
/// then entity throughput with several clients. Every answer is checked against the first.
/// </summary>
internal static class ScaleRun
{
    private const int WarmUpRequests = 10;
    private const double Mebibyte = 1024 * 1024;

    public static async Task<int> RunAsync(ScaleSettings settings)
    {
        var root = ChildProcesses.RepositoryRoot();
        var kg = ChildProcesses.ReleaseAssembly(root, "src", "KnowledgeGraph.Ingestion", "kg.dll");
        var apiAssembly = ChildProcesses.ReleaseAssembly(root, "src", "KnowledgeGraph.Api", "KnowledgeGraph.Api.dll");
        var generator = ChildProcesses.ReleaseAssembly(root, "benchmarks", "KnowledgeGraph.Scale", "KnowledgeGraph.Scale.dll");
        var work = Directory.CreateTempSubdirectory("kg-scale-");
        try
        {
            var facts = Path.Combine(work.FullName, "facts");
            var database = Path.Combine(work.FullName, "graph.db");
            Print($"scale {settings.Scale}, {Environment.ProcessorCount} cores, load average {LoadAverage()}");
            var generated = (await MeteredRun.RunAsync(Dotnet(generator, "generate", "--scale", settings.Scale.ToString(CultureInfo.InvariantCulture), "--seed", "1", "--output", facts)))
                .EnsureSucceeded("The generator");
            var graph = ScaleManifest.Read(facts);
            Print($"generated {graph.Entities:N0} entities, {graph.Relationships:N0} relationships in {graph.Files:N0} files in {generated.Elapsed.TotalSeconds:0.0} s");
            await IngestAsync(kg, facts, database, graph);
            var failures = await ServeAsync(root, apiAssembly, facts, database, graph, settings);
            return failures == 0 ? 0 : 1;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static async Task IngestAsync(string kg, string facts, string database, ScaleManifest graph)
    {
        Print($"{"ingestion",-36} {"seconds",8} {"rel/s",10} {"peak RSS MB",12}");
        var full = await IngestOnceAsync(kg, facts, database);
        PrintIngestion("full, into an empty store", full, graph.Relationships);
        PrintIngestion("again, nothing changed", await IngestOnceAsync(kg, facts, database), rate: null);
        ChangeOneArticle(Path.Join(facts, graph.SampleArticle));
        PrintIngestion("again, one article changed", await IngestOnceAsync(kg, facts, database), rate: null);
    }

    private static async Task<MeteredRun> IngestOnceAsync(string kg, string facts, string database)
    {
        var start = Dotnet(kg, "ingest", facts, "--db", database);
        start.Environment["KG_STORE"] = "sqlite";
        return (await MeteredRun.RunAsync(start)).EnsureSucceeded("kg ingest");
    }

    /// <summary>Retitles the article's source: one changed record, the smallest edit an editor makes.</summary>
    private static void ChangeOneArticle(string path)
    {
        var text = File.ReadAllText(path);
        var edited = text.Replace(", outlet:", "（修订）, outlet:", StringComparison.Ordinal);
        if (edited == text)
        {
            throw new InvalidDataException($"{path} has no source title to change.");
        }

        File.WriteAllText(path, edited);
    }

    /// <summary>Times every case; returns how many answers were wrong or failed.</summary>
    private static async Task<long> ServeAsync(string root, string apiAssembly, string facts, string database, ScaleManifest graph, ScaleSettings settings)
    {
        var apiUrl = new Uri($"http://127.0.0.1:{ChildProcesses.FreePort()}");
        var graphQL = new Uri(apiUrl, "/graphql");
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = settings.Clients, UseProxy = false };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(60) };
        using var api = ChildProcesses.StartApi(root, apiAssembly, apiUrl, database, facts);
        try
        {
            var started = Stopwatch.StartNew();
            await ChildProcesses.WaitUntilOkAsync(http, new Uri(apiUrl, "/health/ready"), api);
            Print($"API ready in {started.Elapsed.TotalSeconds:0.0} s");
            var answers = await WarmUpAsync(http, graphQL, graph, settings.WarmUpSeconds);
            Print($"{settings.Requests} requests per case, one client, after {settings.WarmUpSeconds} s of every case in turn and {WarmUpRequests} more of its own");
            Print($"{"case",-44} {"bytes",10} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8}");
            long failures = 0;
            foreach (var loadCase in ScaleCases.For(graph))
            {
                var expected = answers[loadCase.Name];
                var latencies = await LatencyDriver.MeasureAsync(http, graphQL, GraphQLRequests.Body(loadCase.Query), expected, WarmUpRequests, settings.Requests);
                Print($"{loadCase.Name,-44} {expected.Length,10:N0} {latencies.Summary()}{FailureNote(latencies.Failures)}");
                failures += latencies.Failures;
            }

            var entity = ScaleCases.For(graph)[0];
            var throughput = await LoadDriver.DriveAsync(http, graphQL, GraphQLRequests.Body(entity.Query), answers[entity.Name], new LoadSettings(TimeSpan.FromSeconds(settings.ThroughputSeconds), settings.Clients));
            Print($"{entity.Name}, {settings.Clients} clients, {settings.ThroughputSeconds} s: {throughput.RequestsPerSecond:N0} req/s{FailureNote(throughput.Failures)}");
            Print($"API peak RSS {MeteredRun.PeakResident(api) / Mebibyte:N0} MB; load average {LoadAverage()}");
            return failures + throughput.Failures;
        }
        finally
        {
            ChildProcesses.Stop(api);
        }
    }

    /// <summary>
    /// Asks every case in turn for <paramref name="seconds"/> (at least once), as users would
    /// right after a start, and prints how long each first answer took; returns the first
    /// answers, which every later one must equal.
    /// </summary>
    private static async Task<Dictionary<string, byte[]>> WarmUpAsync(HttpClient http, Uri graphQL, ScaleManifest graph, int seconds)
    {
        var answers = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        do
        {
            foreach (var loadCase in ScaleCases.For(graph))
            {
                var asked = Stopwatch.StartNew();
                var answer = await GraphQLRequests.AskAsync(http, graphQL, loadCase);
                if (answers.TryAdd(loadCase.Name, answer))
                {
                    Print($"first answer to {loadCase.Name}: {asked.Elapsed.TotalMilliseconds:N0} ms");
                }
            }
        }
        while (clock.Elapsed < TimeSpan.FromSeconds(seconds));

        return answers;
    }

    private static void PrintIngestion(string what, MeteredRun run, int? rate) =>
        Print($"{what,-36} {run.Elapsed.TotalSeconds,8:0.00} {(rate is { } relationships ? (relationships / run.Elapsed.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture) : "-"),10} {run.PeakResidentBytes / Mebibyte,12:N0}");

    private static string FailureNote(long failures) => failures == 0 ? string.Empty : $"  ({failures} failed or different answers)";

    private static ProcessStartInfo Dotnet(string assembly, params string[] arguments) => new("dotnet", [assembly, .. arguments]);

    /// <summary>The 1-minute load average where the system tells it (Linux), for reading figures in context.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private static void Print(FormattableString line) => Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));
}
