using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Ingestion.Hosting;

/// <summary>
/// Which graph store a process uses, read once from its environment: the one place where
/// <c>KG_STORE</c> is interpreted, shared by the <c>kg</c> command line and the API host.
/// <c>KG_STORE</c> unset, empty or <c>sqlite</c> selects the embedded SQLite file;
/// <c>neo4j</c> selects the Neo4j server that <c>NEO4J_URI</c>, <c>NEO4J_USER</c>,
/// <c>NEO4J_PASSWORD</c>, <c>NEO4J_DATABASE</c> and <c>NEO4J_API</c> describe (see <see cref="Neo4jEnvironment"/>).
/// </summary>
public sealed class GraphStoreSelection
{
    /// <summary>The value of <c>KG_STORE</c> that selects the embedded SQLite store, which is also the default.</summary>
    public const string SqliteStoreName = "sqlite";

    /// <summary>The SQLite file used when the caller names none: <c>data/knowledge-graph.db</c>, relative to the current directory.</summary>
    public const string DefaultSqliteFile = "data/knowledge-graph.db";

    private GraphStoreSelection(string storeName, SqliteGraphStoreOptions? sqlite, Neo4jStoreOptions? neo4j)
    {
        StoreName = storeName;
        Sqlite = sqlite;
        Neo4j = neo4j;
    }

    /// <summary>The values <c>KG_STORE</c> may take.</summary>
    public static IReadOnlyList<string> StoreNames { get; } = [SqliteStoreName, Neo4jEnvironment.StoreName];

    /// <summary>The store chosen: <see cref="SqliteStoreName"/> or <see cref="Neo4jEnvironment.StoreName"/>.</summary>
    public string StoreName { get; }

    /// <summary>The SQLite store's settings when it is the one chosen, else null.</summary>
    public SqliteGraphStoreOptions? Sqlite { get; }

    /// <summary>The Neo4j store's settings when it is the one chosen, else null.</summary>
    public Neo4jStoreOptions? Neo4j { get; }

    /// <summary>Reads the choice from an environment or configuration lookup.</summary>
    /// <param name="lookup">Gives a variable's value or null, e.g. <see cref="Environment.GetEnvironmentVariable(string)"/>.</param>
    /// <param name="sqliteFile">The SQLite file to use if SQLite is chosen. Default: <see cref="DefaultSqliteFile"/>.</param>
    /// <exception cref="GraphStoreConfigurationException"><c>KG_STORE</c> names no store, or the chosen store's settings are missing or invalid.</exception>
    public static GraphStoreSelection Read(Func<string, string?> lookup, string sqliteFile = DefaultSqliteFile)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        var requested = lookup(Neo4jEnvironment.StoreVariable)?.Trim();
        if (string.IsNullOrEmpty(requested) || string.Equals(requested, SqliteStoreName, StringComparison.OrdinalIgnoreCase))
        {
            return ForSqlite(sqliteFile);
        }

        if (Neo4jEnvironment.IsSelected(lookup))
        {
            return ForNeo4j(lookup);
        }

        throw new GraphStoreConfigurationException(
            $"{Neo4jEnvironment.StoreVariable} is '{requested}', which names no graph store; expected one of: {string.Join(", ", StoreNames)} (unset means {SqliteStoreName})");
    }

    /// <summary>
    /// Creates the chosen store; the caller owns it and disposes it (both stores are
    /// <see cref="IDisposable"/>). For SQLite, the file's folder is created when missing.
    /// Nothing connects to a server yet: call <see cref="IGraphStore.InitializeAsync"/> first.
    /// </summary>
    /// <param name="timeProvider">The Neo4j store's clock for timeouts and retries. Default: <see cref="TimeProvider.System"/>.</param>
    /// <exception cref="GraphStoreConfigurationException">The SQLite file's folder cannot be created.</exception>
    public IGraphStore CreateStore(TimeProvider? timeProvider = null)
    {
        if (Neo4j is not null)
        {
            return Neo4jGraphStoreFactory.Create(Neo4j, timeProvider);
        }

        var file = Sqlite!.FilePath;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GraphStoreConfigurationException($"cannot create the folder of the SQLite file '{file}': {e.Message}", e);
        }

        return SqliteGraphStoreFactory.Create(Sqlite);
    }

    /// <summary>The store in words, without secrets: <c>SQLite file /data/knowledge-graph.db</c> or <c>Neo4j database neo4j at http://neo4j:7474</c>.</summary>
    public override string ToString() => Neo4j is { } neo4j
        ? $"Neo4j database {neo4j.Database} at {neo4j.Uri.Scheme}://{neo4j.Uri.Authority}"
        : $"SQLite file {Sqlite!.FilePath}";

    private static GraphStoreSelection ForSqlite(string sqliteFile)
    {
        if (string.IsNullOrWhiteSpace(sqliteFile))
        {
            throw new GraphStoreConfigurationException("the SQLite store needs a database file; the path given is empty");
        }

        string fullPath;
        try
        {
            fullPath = Path.GetFullPath(sqliteFile);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new GraphStoreConfigurationException($"'{sqliteFile}' is not a usable path for the SQLite file: {e.Message}", e);
        }

        return new GraphStoreSelection(SqliteStoreName, new SqliteGraphStoreOptions { FilePath = fullPath }, neo4j: null);
    }

    private static GraphStoreSelection ForNeo4j(Func<string, string?> lookup)
    {
        try
        {
            return new GraphStoreSelection(Neo4jEnvironment.StoreName, sqlite: null, Neo4jEnvironment.ReadOptions(lookup));
        }
        catch (ArgumentException e)
        {
            throw new GraphStoreConfigurationException($"{Neo4jEnvironment.StoreVariable} is {Neo4jEnvironment.StoreName}, but {ParameterFree(e)}", e);
        }
    }

    /// <summary>An <see cref="ArgumentException"/>'s message without the " (Parameter 'lookup')" the runtime appends.</summary>
    private static string ParameterFree(ArgumentException e) =>
        e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", string.Empty, StringComparison.Ordinal);
}
