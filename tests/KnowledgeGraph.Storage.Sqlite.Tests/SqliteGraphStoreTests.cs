using System.Diagnostics.CodeAnalysis;
using System.Runtime.Versioning;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Testing;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

/// <summary>What the SQLite store does beyond the port: its file, its DDL and its failures.</summary>
public sealed class SqliteGraphStoreTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();
    private readonly List<IGraphStore> _stores = [];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string DatabasePath => _directory.File("graph.db");

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            ((IDisposable)store).Dispose();
        }

        _directory.Dispose();
    }

    [Fact]
    public async Task The_type_tables_hold_exactly_the_types_of_the_graph_schema()
    {
        await InitializedStoreAsync();

        var entityTypes = await QueryFileAsync("SELECT name FROM entity_types");
        var relationTypes = await QueryFileAsync("SELECT name FROM relation_types");

        entityTypes.Should().BeEquivalentTo(GraphSchema.Default.EntityTypes.Keys);
        relationTypes.Should().BeEquivalentTo(GraphSchema.Default.RelationTypes.Keys);
    }

    [Fact]
    public async Task The_file_is_in_write_ahead_log_mode_and_records_its_schema_version()
    {
        await InitializedStoreAsync();

        (await QueryFileAsync("PRAGMA journal_mode")).Should().Equal("wal");
        (await QueryFileAsync("PRAGMA user_version")).Should().Equal(SqliteSchema.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Reopening_the_file_keeps_the_data()
    {
        var first = await InitializedStoreAsync();
        await first.ApplyAsync(SampleGraph.AsChangeSet(), Ct);
        ((IDisposable)first).Dispose();

        var reopened = await InitializedStoreAsync();

        (await reopened.ReadSnapshotAsync(Ct)).Should().BeEquivalentTo(await (await SampleGraph.InMemoryAsync()).ReadSnapshotAsync(Ct), o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task A_refused_change_set_leaves_the_file_as_it_was()
    {
        var store = await InitializedStoreAsync();
        await store.ApplyAsync(SampleGraph.AsChangeSet(), Ct);
        var before = await store.ReadSnapshotAsync(Ct);
        var bad = new GraphChangeSet
        {
            UpsertEntities = [new Entity("org:new", "COMPANY", "新公司")],
            DeleteSourceIds = [SampleGraph.Article2018.Id],
        };

        var apply = () => store.ApplyAsync(bad, Ct);

        await apply.Should().ThrowAsync<GraphStoreException>();
        ((IDisposable)store).Dispose();
        var reopened = await InitializedStoreAsync();
        (await reopened.ReadSnapshotAsync(Ct)).Should().BeEquivalentTo(before, o => o.WithStrictOrdering());
    }

    [Theory]
    [InlineData("deleting an entity", "entity 'org:saiqiao' cannot be deleted: relationship 'rel:saiqiao-focus' still touches it")]
    [InlineData("deleting a source", "source 'source:a2018' cannot be deleted: relationship 'rel:wang-secretary' still cites it")]
    [InlineData("a missing start", "relationship 'rel:new' starts at entity 'org:nowhere', which does not exist")]
    [InlineData("a missing end", "relationship 'rel:new' ends at entity 'org:nowhere', which does not exist")]
    [InlineData("a missing source", "relationship 'rel:new' cites source 'source:nowhere', which does not exist")]
    [InlineData("an unknown entity type", "entity 'org:new' has type 'SPACESHIP', which the graph schema does not define")]
    [InlineData("an unknown relationship type", "relationship 'rel:new' has type 'LOVES', which the graph schema does not define")]
    public async Task A_refusal_names_the_record_and_the_reason(string change, string reason)
    {
        var store = await InitializedStoreAsync();
        await store.ApplyAsync(SampleGraph.AsChangeSet(), Ct);
        var evidence = new Evidence(SampleGraph.Article2024.Id, "合作");
        var changes = change switch
        {
            "deleting an entity" => new GraphChangeSet { DeleteEntityIds = ["org:saiqiao"] },
            "deleting a source" => new GraphChangeSet { DeleteSourceIds = [SampleGraph.Article2018.Id] },
            "a missing start" => Relate(new Relationship("rel:new", "COOPERATES_WITH", "org:nowhere", "org:aac") { Evidence = [evidence] }),
            "a missing end" => Relate(new Relationship("rel:new", "COOPERATES_WITH", "org:aac", "org:nowhere") { Evidence = [evidence] }),
            "a missing source" => Relate(new Relationship("rel:new", "COOPERATES_WITH", "org:aac", "org:saiqiao") { Evidence = [evidence, new Evidence("source:nowhere", "引文")] }),
            "an unknown entity type" => new GraphChangeSet { UpsertEntities = [new Entity("org:new", "SPACESHIP", "飞船")] },
            _ => Relate(new Relationship("rel:new", "LOVES", "org:aac", "org:saiqiao") { Evidence = [evidence] }),
        };

        var apply = () => store.ApplyAsync(changes, Ct);

        var refusal = await apply.Should().ThrowAsync<GraphStoreException>();
        refusal.Which.Message.Should().Contain(reason);
        refusal.Which.IsTransient.Should().BeFalse();
    }

    [Fact]
    public async Task A_record_missing_a_required_field_is_refused_with_sqlites_reason()
    {
        var store = await InitializedStoreAsync();
        var nameless = new Entity("org:nameless", "COMPANY", null!);

        var apply = () => store.ApplyAsync(new GraphChangeSet { UpsertEntities = [nameless] }, Ct);

        var refusal = await apply.Should().ThrowAsync<GraphStoreException>();
        refusal.Which.Message.Should().Contain("entity 'org:nameless' was refused").And.Contain("entities.name");
        (await store.GetStatsAsync(Ct)).Entities.Should().Be(0);
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_refused_naming_the_path_and_left_alone()
    {
        const string Text = "这不是数据库 / this is not a database, just some text that is long enough to have a header";
        await File.WriteAllTextAsync(DatabasePath, Text, Ct);
        var store = Create(DatabasePath);

        var initialize = () => store.InitializeAsync(Ct);

        var refusal = await initialize.Should().ThrowAsync<GraphStoreException>();
        refusal.Which.Message.Should().Contain(DatabasePath).And.Contain("not a SQLite database");
        refusal.Which.IsTransient.Should().BeFalse();
        (await File.ReadAllTextAsync(DatabasePath, Ct)).Should().Be(Text);
    }

    [Fact]
    public async Task A_missing_directory_is_reported_naming_the_path()
    {
        var path = _directory.File(Path.Combine("missing", "graph.db"));
        var store = Create(path);

        var initialize = () => store.InitializeAsync(Ct);

        var refusal = await initialize.Should().ThrowAsync<GraphStoreException>();
        refusal.Which.Message.Should().Contain(path).And.Contain("directory must exist");
        Directory.Exists(Path.GetDirectoryName(path)).Should().BeFalse();
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task A_read_only_directory_is_reported_naming_the_path()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "read-only directories are made with Unix file modes");
        var readOnly = Directory.CreateDirectory(_directory.File("read-only"));
        File.SetUnixFileMode(readOnly.FullName, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        Assert.SkipWhen(CanWriteTo(readOnly.FullName), "this user (root) writes to read-only directories, so the failure cannot happen here");
        var path = Path.Combine(readOnly.FullName, "graph.db");
        var store = Create(path);

        var initialize = () => store.InitializeAsync(Ct);

        var refusal = await initialize.Should().ThrowAsync<GraphStoreException>();
        refusal.Which.Message.Should().Contain(path);
    }

    [Fact]
    public async Task Using_the_store_before_initialising_it_is_reported_and_creates_no_file()
    {
        var store = Create(DatabasePath);

        var apply = () => store.ApplyAsync(SampleGraph.AsChangeSet(), Ct);

        var refusal = await apply.Should().ThrowAsync<GraphStoreException>();
        refusal.Which.Message.Should().Contain(DatabasePath).And.Contain("initialised");
        File.Exists(DatabasePath).Should().BeFalse();
    }

    [Fact]
    public async Task A_file_of_schema_version_1_is_upgraded_in_place_and_counts_its_change_sets_from_there()
    {
        var first = await InitializedStoreAsync();
        await first.ApplyAsync(SampleGraph.AsChangeSet(), Ct);
        ((IDisposable)first).Dispose();
        await ExecuteOnFileAsync("DROP TABLE graph_state; PRAGMA user_version = 1");

        var upgraded = await InitializedStoreAsync();
        await upgraded.ApplyAsync(new GraphChangeSet { DeleteRelationshipIds = ["rel:aac-invests"] }, Ct);

        (await QueryFileAsync("PRAGMA user_version")).Should().Equal("2");
        (await QueryFileAsync("SELECT version FROM graph_state")).Should().Equal("1");
        (await upgraded.GetStatsAsync(Ct)).Relationships.Should().Be(SampleGraph.Relationships.Count - 1);
    }

    [Fact]
    public async Task Each_change_set_counts_one_more_graph_version()
    {
        var store = await InitializedStoreAsync();
        await store.ApplyAsync(SampleGraph.AsChangeSet(), Ct);
        await store.ApplyAsync(new GraphChangeSet { DeleteRelationshipIds = ["rel:aac-invests"] }, Ct);

        (await QueryFileAsync("SELECT version FROM graph_state")).Should().Equal("2");
    }

    [Fact]
    public async Task A_file_written_by_a_newer_schema_version_is_refused()
    {
        await InitializedStoreAsync();
        await ExecuteOnFileAsync("PRAGMA user_version = 99");
        var store = Create(DatabasePath);

        var initialize = () => store.InitializeAsync(Ct);

        var refusal = await initialize.Should().ThrowAsync<GraphStoreException>();
        refusal.Which.Message.Should().Contain(DatabasePath).And.Contain("schema version 99");
    }

    [Fact]
    public async Task A_write_that_finds_the_file_locked_fails_as_transient_and_succeeds_once_it_is_free()
    {
        var store = await InitializedStoreAsync(TimeSpan.FromSeconds(1));
        await using var other = await OpenFileAsync();
        await using (var holdLock = other.CreateCommand())
        {
            holdLock.CommandText = "BEGIN IMMEDIATE";
            await holdLock.ExecuteNonQueryAsync(Ct);
        }

        var apply = () => store.ApplyAsync(SampleGraph.AsChangeSet(), Ct);

        var refusal = await apply.Should().ThrowAsync<GraphStoreException>();
        refusal.Which.IsTransient.Should().BeTrue();
        await using (var release = other.CreateCommand())
        {
            release.CommandText = "ROLLBACK";
            await release.ExecuteNonQueryAsync(Ct);
        }

        await store.ApplyAsync(SampleGraph.AsChangeSet(), Ct);
        (await store.GetStatsAsync(Ct)).Entities.Should().Be(SampleGraph.Entities.Count);
    }

    [Fact]
    public async Task A_cancelled_write_changes_nothing()
    {
        var store = await InitializedStoreAsync();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var apply = () => store.ApplyAsync(SampleGraph.AsChangeSet(), cancellation.Token);

        await apply.Should().ThrowAsync<OperationCanceledException>();
        (await store.GetStatsAsync(Ct)).Entities.Should().Be(0);
    }

    [Fact]
    public async Task Ids_with_quotes_backslashes_and_characters_beyond_the_basic_plane_are_read_back()
    {
        var store = await InitializedStoreAsync();
        string[] ids = ["org:\"quoted\"", "org:back\\slash", "org:𠮷野家", "org:tab\tand\u0001control"];
        await store.ApplyAsync(new GraphChangeSet { UpsertEntities = [.. ids.Select(id => new Entity(id, "COMPANY", id))] }, Ct);

        var entities = await store.GetEntitiesAsync(ids, Ct);

        entities.Select(e => e.Id).Should().BeEquivalentTo(ids);
    }

    [Fact]
    public async Task A_read_after_another_store_wrote_the_file_sees_the_write()
    {
        var reader = await InitializedStoreAsync();
        (await reader.GetStatsAsync(Ct)).Entities.Should().Be(0);
        var writer = await InitializedStoreAsync();

        await writer.ApplyAsync(SampleGraph.AsChangeSet(), Ct);

        (await reader.GetStatsAsync(Ct)).Entities.Should().Be(SampleGraph.Entities.Count, "a connection kept open for reads starts a new transaction for every read");
    }

    [Fact]
    public async Task A_cancelled_read_leaves_the_store_answering_later_reads()
    {
        var store = await InitializedStoreAsync();
        await store.ApplyAsync(SampleGraph.AsChangeSet(), Ct);
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var read = () => store.GetRelationshipsAsync(new RelationshipQuery([SampleGraph.Entities[0].Id]), cancellation.Token);

        await read.Should().ThrowAsync<OperationCanceledException>();
        (await store.GetStatsAsync(Ct)).Entities.Should().Be(SampleGraph.Entities.Count);
    }

    [Fact]
    public async Task Disposing_the_store_closes_the_connections_it_kept_open_for_reads()
    {
        var store = await InitializedStoreAsync();
        await store.ApplyAsync(SampleGraph.AsChangeSet(), Ct);
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => store.GetStatsAsync(Ct)));

        ((IDisposable)store).Dispose();

        File.Exists($"{DatabasePath}-wal").Should().BeFalse("SQLite removes the write-ahead log when the last connection to the file closes");
    }

    [Fact]
    public void A_store_needs_a_file_path()
    {
        var create = () => SqliteGraphStoreFactory.Create(new SqliteGraphStoreOptions { FilePath = " " });

        create.Should().Throw<ArgumentException>().WithMessage("*FilePath is empty*");
    }

    [Fact]
    public void A_busy_timeout_under_a_second_is_refused()
    {
        var create = () => SqliteGraphStoreFactory.Create(new SqliteGraphStoreOptions { FilePath = DatabasePath, BusyTimeout = TimeSpan.FromMilliseconds(500) });

        create.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*at least one second*");
    }

    [Fact]
    public void A_negative_index_wait_is_refused()
    {
        var create = () => SqliteGraphStoreFactory.Create(new SqliteGraphStoreOptions { FilePath = DatabasePath, IndexWait = TimeSpan.FromSeconds(-2) });

        create.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*IndexWait must be zero or more*");
    }

    [Fact]
    public async Task A_negative_page_size_or_limit_is_refused()
    {
        var store = await InitializedStoreAsync();

        var list = () => store.ListEntitiesAsync(new EntityPageQuery(null, -1, null), Ct);
        var search = () => store.FindSearchCandidatesAsync("深圳", null, -1, Ct);

        await list.Should().ThrowAsync<ArgumentOutOfRangeException>();
        await search.Should().ThrowAsync<ArgumentOutOfRangeException>();
    }

    private static GraphChangeSet Relate(Relationship relationship) => new() { UpsertRelationships = [relationship] };

    private static bool CanWriteTo(string directory)
    {
        var probe = Path.Combine(directory, "probe");
        try
        {
            File.WriteAllText(probe, "probe");
            File.Delete(probe);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private IGraphStore Create(string path, TimeSpan? busyTimeout = null)
    {
        var options = new SqliteGraphStoreOptions { FilePath = path };
        var store = SqliteGraphStoreFactory.Create(busyTimeout is null ? options : options with { BusyTimeout = busyTimeout.Value });
        _stores.Add(store);
        return store;
    }

    private async Task<IGraphStore> InitializedStoreAsync(TimeSpan? busyTimeout = null)
    {
        var store = Create(DatabasePath, busyTimeout);
        await store.InitializeAsync(Ct);
        return store;
    }

    private async Task<SqliteConnection> OpenFileAsync()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false, DefaultTimeout = 1 }.ToString());
        await connection.OpenAsync(Ct);
        return connection;
    }

    [SuppressMessage("Security", "CA2100", Justification = "Tests pass constant SQL to inspect the file.")]
    private async Task<List<string>> QueryFileAsync(string sql)
    {
        await using var connection = await OpenFileAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var values = new List<string>();
        while (await reader.ReadAsync(Ct))
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return values;
    }

    [SuppressMessage("Security", "CA2100", Justification = "Tests pass constant SQL to inspect the file.")]
    private async Task ExecuteOnFileAsync(string sql)
    {
        await using var connection = await OpenFileAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(Ct);
    }
}
