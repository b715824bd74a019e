using System.Net;
using KnowledgeGraph.Api.Apis;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Api.Tests.Apis;

public sealed class HealthApiTests
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task A_running_host_with_a_reachable_store_is_live_and_ready(string path)
    {
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Be("Healthy");
    }

    [Fact]
    public async Task A_store_that_does_not_answer_is_only_unhealthy_to_the_caller_and_explained_in_the_log()
    {
        await using var factory = new ApiFactory();
        using var host = factory.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<IGraphStore, UnreachableStore>()));
        using var client = host.CreateClient();

        using var response = await client.GetAsync("/health/ready", TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Be("Unhealthy");
        var logged = factory.Logs.Entries.Should().ContainSingle(entry => entry.Category == HealthApi.LogCategory).Subject;
        logged.Level.Should().Be(LogLevel.Error);
        logged.Message.Should().Contain("store").And.Contain("the graph store does not answer");
        logged.Exception!.Message.Should().Be(UnreachableStore.Failure);
    }

    [Fact]
    public async Task The_host_creates_its_store_file_on_start()
    {
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();

        File.Exists(factory.DatabasePath).Should().BeTrue();
    }

    /// <summary>A store whose server refuses every read, saying where it is and as whom it was asked.</summary>
    private sealed class UnreachableStore : IGraphStore
    {
        public const string Failure = "could not read the graph's counts: bolt://graph.internal:7687 refused user kg_reader";

        public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken) => Refused<GraphStats>();

        public Task<GraphSnapshot> ReadSnapshotAsync(CancellationToken cancellationToken) => Refused<GraphSnapshot>();

        public Task ApplyAsync(GraphChangeSet changes, CancellationToken cancellationToken) => Refused<bool>();

        public Task<IReadOnlyList<Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) => Refused<IReadOnlyList<Entity>>();

        public Task<IReadOnlyList<Entity>> FindByNameAsync(string name, CancellationToken cancellationToken) => Refused<IReadOnlyList<Entity>>();

        public Task<IReadOnlyList<SearchCandidate>> FindSearchCandidatesAsync(string text, IReadOnlyCollection<string>? types, int limit, CancellationToken cancellationToken) =>
            Refused<IReadOnlyList<SearchCandidate>>();

        public Task<IReadOnlyList<Relationship>> GetRelationshipsAsync(RelationshipQuery query, CancellationToken cancellationToken) => Refused<IReadOnlyList<Relationship>>();

        public Task<IReadOnlyList<Entity>> ListEntitiesAsync(EntityPageQuery query, CancellationToken cancellationToken) => Refused<IReadOnlyList<Entity>>();

        public Task<IReadOnlyList<Source>> GetSourcesAsync(IReadOnlyCollection<string>? ids, CancellationToken cancellationToken) => Refused<IReadOnlyList<Source>>();

        public Task<string?> ReadFactsContentHashAsync(CancellationToken cancellationToken) => Refused<string?>();

        public IDisposable BeginConsistentRead() => new NothingToRelease();

        public Task<IAsyncDisposable> AcquireWriterLeaseAsync(string holder, TimeSpan wait, CancellationToken cancellationToken) => Refused<IAsyncDisposable>();

        private sealed class NothingToRelease : IDisposable
        {
            public void Dispose()
            {
            }
        }

        private static Task<T> Refused<T>() => Task.FromException<T>(new GraphStoreException(Failure, isTransient: true));
    }
}
