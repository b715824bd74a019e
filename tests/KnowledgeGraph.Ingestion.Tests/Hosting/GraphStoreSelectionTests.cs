using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Ingestion.Hosting;
using KnowledgeGraph.Ingestion.Tests.Support;
using KnowledgeGraph.Storage.Neo4j;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Ingestion.Tests.Hosting;

public sealed class GraphStoreSelectionTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sqlite")]
    [InlineData(" SQLite ")]
    public void Sqlite_is_chosen_when_KG_STORE_is_unset_empty_or_sqlite(string? store)
    {
        var selection = GraphStoreSelection.Read(Environment(("KG_STORE", store)), "graphs/kg.db");

        selection.StoreName.Should().Be("sqlite");
        selection.Sqlite!.FilePath.Should().Be(Path.GetFullPath("graphs/kg.db"));
        selection.Neo4j.Should().BeNull();
    }

    [Fact]
    public void The_default_SQLite_file_is_under_data()
    {
        var selection = GraphStoreSelection.Read(Environment());

        selection.Sqlite!.FilePath.Should().Be(Path.GetFullPath("data/knowledge-graph.db"));
    }

    [Fact]
    public async Task The_SQLite_store_is_created_with_the_folder_of_its_file()
    {
        var selection = GraphStoreSelection.Read(Environment(), _database.Path);

        var store = selection.CreateStore();
        using (store as IDisposable)
        {
            await store.InitializeAsync(TestContext.Current.CancellationToken);
        }

        File.Exists(_database.Path).Should().BeTrue();
        selection.ToString().Should().Be($"SQLite file {_database.Path}");
    }

    [Fact]
    public void A_SQLite_file_whose_folder_cannot_be_made_is_a_configuration_error()
    {
        var blocker = Path.GetTempFileName();
        try
        {
            var selection = GraphStoreSelection.Read(Environment(), Path.Combine(blocker, "kg.db"));

            var create = () => selection.CreateStore();

            create.Should().Throw<GraphStoreConfigurationException>().WithMessage($"cannot create the folder of the SQLite file '{blocker}/kg.db': *");
        }
        finally
        {
            File.Delete(blocker);
        }
    }

    [Fact]
    public void An_empty_SQLite_path_is_a_configuration_error()
    {
        var read = () => GraphStoreSelection.Read(Environment(), " ");

        read.Should().Throw<GraphStoreConfigurationException>().WithMessage("the SQLite store needs a database file; the path given is empty");
    }

    [Fact]
    public void Neo4j_is_chosen_with_the_settings_of_the_environment()
    {
        var selection = GraphStoreSelection.Read(Environment(
            ("KG_STORE", "neo4j"), ("NEO4J_URI", "http://graph:7474"), ("NEO4J_USER", "kg"), ("NEO4J_PASSWORD", "secret"), ("NEO4J_DATABASE", "facts")));

        selection.StoreName.Should().Be("neo4j");
        selection.Sqlite.Should().BeNull();
        selection.Neo4j!.Uri.Should().Be(new Uri("http://graph:7474"));
        selection.Neo4j.User.Should().Be("kg");
        selection.Neo4j.Password.Should().Be("secret");
        selection.Neo4j.Database.Should().Be("facts");
    }

    [Theory]
    [InlineData("query", Neo4jApi.Query)]
    [InlineData("transactional", Neo4jApi.Transactional)]
    [InlineData(null, null)]
    public void The_Neo4j_API_comes_from_the_environment_like_the_other_Neo4j_settings(string? api, Neo4jApi? expected)
    {
        var selection = GraphStoreSelection.Read(Environment(("KG_STORE", "neo4j"), ("NEO4J_URI", "http://graph:7474"), ("NEO4J_API", api)));

        selection.Neo4j!.Api.Should().Be(expected);
    }

    [Fact]
    public void An_unknown_Neo4j_API_is_a_configuration_error_naming_the_variable()
    {
        var read = () => GraphStoreSelection.Read(Environment(("KG_STORE", "neo4j"), ("NEO4J_URI", "http://graph:7474"), ("NEO4J_API", "bolt")));

        read.Should().Throw<GraphStoreConfigurationException>().WithMessage(
            "KG_STORE is neo4j, but NEO4J_API is 'bolt', which names no Neo4j HTTP API; expected transactional or query (unset means query for an Aura address, transactional otherwise).");
    }

    [Fact]
    public void The_Neo4j_store_is_created_without_contacting_the_server_and_described_without_secrets()
    {
        var selection = GraphStoreSelection.Read(Environment(("KG_STORE", "Neo4j"), ("NEO4J_URI", "http://kg:secret@graph:7474"), ("NEO4J_PASSWORD", "secret")));

        var store = selection.CreateStore();
        (store as IDisposable)?.Dispose();

        store.Should().NotBeNull();
        selection.ToString().Should().Be("Neo4j database neo4j at http://graph:7474");
    }

    [Theory]
    [InlineData(null, "KG_STORE is neo4j, but NEO4J_URI is not set; the Neo4j store needs the server's HTTP address, e.g. http://localhost:7474.")]
    [InlineData("graph:7474", "KG_STORE is neo4j, but Neo4j store option Uri must be an http:// or https:// address of Neo4j's HTTP API, not 'graph:7474'*")]
    [InlineData("localhost", "KG_STORE is neo4j, but NEO4J_URI is not an absolute address; expected e.g. http://localhost:7474.")]
    public void Missing_or_invalid_Neo4j_settings_are_a_configuration_error(string? uri, string message)
    {
        var read = () => GraphStoreSelection.Read(Environment(("KG_STORE", "neo4j"), ("NEO4J_URI", uri)));

        read.Should().Throw<GraphStoreConfigurationException>().WithMessage(message);
    }

    [Fact]
    public void An_unknown_store_is_a_configuration_error_that_lists_the_allowed_ones()
    {
        var read = () => GraphStoreSelection.Read(Environment(("KG_STORE", "postgres")));

        read.Should().Throw<GraphStoreConfigurationException>()
            .WithMessage("KG_STORE is 'postgres', which names no graph store; expected one of: sqlite, neo4j (unset means sqlite)");
    }

    [Fact]
    public async Task The_registered_store_is_one_per_provider_over_the_selected_file()
    {
        await using var services = new ServiceCollection().AddKnowledgeGraphStore(GraphStoreSelection.Read(Environment(), _database.Path)).BuildServiceProvider();

        var store = services.GetRequiredService<IGraphStore>();
        await store.InitializeAsync(TestContext.Current.CancellationToken);

        services.GetRequiredService<IGraphStore>().Should().BeSameAs(store);
        File.Exists(_database.Path).Should().BeTrue();
    }

    public void Dispose() => _database.Dispose();

    private static Func<string, string?> Environment(params (string Name, string? Value)[] variables)
    {
        var values = variables.ToDictionary(v => v.Name, v => v.Value);
        return name => values.GetValueOrDefault(name);
    }
}
