using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Sqlite;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.EndToEnd;

/// <summary>
/// Answers never mix two ingestions: while a writer (another store on the same file, as the
/// ingestion worker is) switches the graph between two versions, A and B, clients ask over real
/// HTTP, and every name, quote and title in every answer must carry one version's tag.
/// </summary>
public sealed partial class ConsistentAnswersTests(ITestOutputHelper output)
{
    private const int Clients = 3;
    private const int AnswersToCheck = 1_000;
    private const int MinimumSwitches = 10;
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(3);

    private static readonly string[] Questions =
    [
        """{ relationships(ref: "org:hub", first: 100) { totalCount edges { node { type from { name } to { name } evidence { quote source { title } } } } } }""",
        """{ subgraph(refs: ["org:hub"], depth: 2, limit: 1000) { nodes { name } relationships { from { name } evidence { quote } } } }""",
        """{ paths(from: "org:s-0", to: "org:s-6", maxHops: 6, first: 5) { nodes { name } relationships { evidence { quote source { title } } } } }""",
        """{ entity(ref: "org:hub") { name relationships(first: 100) { to { name } evidence { quote } } } }""",
    ];

    [Fact]
    public async Task Answers_under_alternating_ingestions_each_come_from_one_version()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var api = new ApiFactory(new Dictionary<string, string?> { ["GraphQL:MaxCost"] = "100000000" });
        api.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        api.StartServer();
        await api.SeedAsync(VersionedGraph.Switch(from: null, to: "A"));
        using var writer = (IDisposable)SqliteGraphStoreFactory.Create(new SqliteGraphStoreOptions { FilePath = api.DatabasePath });

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        stop.CancelAfter(Deadline);
        var tally = new Tally();
        var clients = Enumerable.Range(0, Clients).Select(client => AskUntilStoppedAsync(ListeningAddress(api), client, tally, stop.Token)).ToList();
        var switches = await SwitchUntilCheckedAsync((IGraphStore)writer, tally, stop.Token);
        await stop.CancelAsync();
        await Task.WhenAll(clients);

        output.WriteLine($"{tally.Checked} answers checked ({tally.ByVersion["A"]} of A, {tally.ByVersion["B"]} of B) over {switches} switches; {tally.Mixed} mixed, {tally.Errors} errors");
        tally.Errors.Should().Be(0, tally.FirstProblem);
        tally.Mixed.Should().Be(0, tally.FirstProblem);
        tally.Checked.Should().BeGreaterThanOrEqualTo(AnswersToCheck);
        switches.Should().BeGreaterThanOrEqualTo(MinimumSwitches);
        tally.ByVersion.Values.Should().AllSatisfy(count => count.Should().BePositive("answers of both versions must have been seen"));
    }

    private static async Task<int> SwitchUntilCheckedAsync(IGraphStore writer, Tally tally, CancellationToken stop)
    {
        var switches = 0;
        var current = "A";
        while ((tally.Checked < AnswersToCheck || switches < MinimumSwitches) && !stop.IsCancellationRequested)
        {
            var next = current == "A" ? "B" : "A";
            await writer.ApplyAsync(VersionedGraph.Switch(current, next), CancellationToken.None);
            current = next;
            switches++;
            await Task.Delay(TimeSpan.FromMilliseconds(20), CancellationToken.None);
        }

        return switches;
    }

    private static async Task AskUntilStoppedAsync(Uri address, int client, Tally tally, CancellationToken stop)
    {
        using var http = new HttpClient { BaseAddress = address };
        for (var i = client; !stop.IsCancellationRequested; i++)
        {
            string body;
            HttpStatusCode status;
            try
            {
                using var response = await http.PostAsJsonAsync("/graphql", new { query = Questions[i % Questions.Length] }, stop);
                status = response.StatusCode;
                body = await response.Content.ReadAsStringAsync(stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }

            tally.Record(status, body);
        }
    }

    private static Uri ListeningAddress(ApiFactory api) =>
        new(api.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());

    [GeneratedRegex("【([AB])】")]
    private static partial Regex VersionTag();

    /// <summary>What the clients saw; updated from several clients at once.</summary>
    private sealed class Tally
    {
        private readonly Lock _gate = new();

        public int Checked { get; private set; }

        public int Mixed { get; private set; }

        public int Errors { get; private set; }

        public Dictionary<string, int> ByVersion { get; } = new(StringComparer.Ordinal) { ["A"] = 0, ["B"] = 0 };

        public string FirstProblem { get; private set; } = "none";

        public void Record(HttpStatusCode status, string body)
        {
            var versions = VersionTag().Matches(body).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();
            lock (_gate)
            {
                if (status != HttpStatusCode.OK || body.Contains("\"errors\"", StringComparison.Ordinal) || versions.Count == 0)
                {
                    Errors++;
                    Remember($"HTTP {(int)status}: {body[..Math.Min(body.Length, 500)]}");
                }
                else if (versions.Count > 1)
                {
                    Mixed++;
                    Remember($"mixed: {body[..Math.Min(body.Length, 500)]}");
                }
                else
                {
                    Checked++;
                    ByVersion[versions[0]]++;
                }
            }
        }

        private void Remember(string problem)
        {
            if (FirstProblem == "none")
            {
                FirstProblem = problem;
            }
        }
    }

    /// <summary>
    /// Two versions of one graph: a hub cooperating with shared companies (the same ids in both,
    /// chained to each other) and with companies of its own version; every name, quote and title
    /// carries the version's tag, 【A】 or 【B】.
    /// </summary>
    private static class VersionedGraph
    {
        private const int Shared = 60;
        private const int OwnCompanies = 120;

        /// <summary>The change set that turns version <paramref name="from"/> (null: nothing) into <paramref name="to"/>.</summary>
        public static GraphChangeSet Switch(string? from, string to)
        {
            var (sources, entities, relationships) = Of(to);
            var (oldSources, oldEntities, oldRelationships) = from is null ? ([], [], []) : Of(from);
            return new GraphChangeSet
            {
                UpsertSources = sources,
                UpsertEntities = entities,
                UpsertRelationships = relationships,
                DeleteRelationshipIds = [.. Gone(oldRelationships, relationships, r => r.Id)],
                DeleteEntityIds = [.. Gone(oldEntities, entities, e => e.Id)],
                DeleteSourceIds = [.. Gone(oldSources, sources, s => s.Id)],
            };
        }

        private static IEnumerable<string> Gone<T>(IEnumerable<T> before, IEnumerable<T> after, Func<T, string> id) =>
            before.Select(id).Except(after.Select(id), StringComparer.Ordinal);

        private static (List<Source>, List<Entity>, List<Relationship>) Of(string version)
        {
            var tag = $"【{version}】";
            var source = new Source($"source:{version}", $"{tag}报道");
            var shared = Enumerable.Range(0, Shared).Select(i => Company($"org:s-{i}", $"{tag}共享公司{i}")).ToList();
            var own = Enumerable.Range(0, OwnCompanies).Select(i => Company($"org:{version}-{i}", $"{tag}公司{i}")).ToList();
            var hub = Company("org:hub", $"{tag}枢纽集团");
            var relationships = shared.Concat(own)
                .Select(e => Cooperation($"rel:hub-{e.Id}", hub.Id, e.Id, source.Id, $"{tag}枢纽集团与{e.Id}合作"))
                .Concat(Enumerable.Range(0, Shared - 1).Select(i =>
                    Cooperation($"rel:chain-{i}", $"org:s-{i}", $"org:s-{i + 1}", source.Id, $"{tag}共享公司{i}与{i + 1}合作")))
                .ToList();
            return ([source], [hub, .. shared, .. own], relationships);
        }

        private static Entity Company(string id, string name) => new(id, "COMPANY", name);

        private static Relationship Cooperation(string id, string fromId, string toId, string sourceId, string quote) =>
            new(id, "COOPERATES_WITH", fromId, toId) { Evidence = [new Evidence(sourceId, quote)] };
    }
}
