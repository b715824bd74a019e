using System.Net;
using KnowledgeGraph.Core.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Api.Tests;

/// <summary>
/// The API host over a SQLite file of its own in a temporary directory, deleted on dispose.
/// Rate limiting is off unless <paramref name="settings"/> turns it on, because tests send
/// many requests from one client; in-process ingestion is off too, so that the store holds only
/// what a test writes (<see cref="SeededApiFactory"/> ingests the repository's seed folder);
/// other settings override the host's configuration.
/// </summary>
public sealed class ApiFactory(IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    private readonly string _directory = Directory.CreateTempSubdirectory("kg-api-").FullName;

    public string DatabasePath => Path.Combine(_directory, "graph.db");

    /// <summary>Every entry the host logs, at the levels its configuration lets through.</summary>
    public CollectingLoggerProvider Logs { get; } = new();

    /// <summary>Where Kestrel listens once <see cref="StartOnLoopback"/> has started it (http://127.0.0.1:port).</summary>
    public Uri ListeningAddress => new(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());

    /// <summary>
    /// Starts the real host on Kestrel at 127.0.0.1 and a free port, and returns its address:
    /// clients get real connections from a loopback peer, which the in-memory test server lacks.
    /// </summary>
    public Uri StartOnLoopback()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        return ListeningAddress;
    }

    /// <summary>Starts the host and writes <paramref name="changes"/> to its store.</summary>
    public Task SeedAsync(GraphChangeSet changes) =>
        Services.GetRequiredService<IGraphStore>().ApplyAsync(changes, TestContext.Current.CancellationToken);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.UseSetting("Store:SqlitePath", DatabasePath);
        builder.UseSetting("RateLimiting:Enabled", "false");
        builder.UseSetting("Ingestion:Enabled", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
