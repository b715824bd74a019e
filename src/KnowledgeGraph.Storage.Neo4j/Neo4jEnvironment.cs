namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// The environment settings that select and configure the Neo4j store, read through a lookup
/// function so that a CLI and a web host share one reading: pass
/// <see cref="Environment.GetEnvironmentVariable(string)"/> or a dictionary's
/// <c>GetValueOrDefault</c>.
/// </summary>
public static class Neo4jEnvironment
{
    /// <summary>Selects the store: <c>sqlite</c> (the default) or <see cref="StoreName"/>.</summary>
    public const string StoreVariable = "KG_STORE";

    /// <summary>The value of <see cref="StoreVariable"/> that selects this store.</summary>
    public const string StoreName = "neo4j";

    /// <summary>The server's HTTP(S) address, e.g. <c>http://localhost:7474</c>; required.</summary>
    public const string UriVariable = "NEO4J_URI";

    /// <summary>The user; default <c>neo4j</c>.</summary>
    public const string UserVariable = "NEO4J_USER";

    /// <summary>The password; none when unset.</summary>
    public const string PasswordVariable = "NEO4J_PASSWORD";

    /// <summary>The database; default <c>neo4j</c>.</summary>
    public const string DatabaseVariable = "NEO4J_DATABASE";

    /// <summary>
    /// The HTTP API: <c>transactional</c> or <c>query</c> (ignoring case); unset picks
    /// <c>query</c> for an Aura address (<c>*.databases.neo4j.io</c>) and <c>transactional</c>
    /// for any other.
    /// </summary>
    public const string ApiVariable = "NEO4J_API";

    /// <summary>True when <see cref="StoreVariable"/> asks for this store (ignoring case and surrounding spaces).</summary>
    public static bool IsSelected(Func<string, string?> lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        return string.Equals(lookup(StoreVariable)?.Trim(), StoreName, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Options from the environment; settings other than address, credentials, database and API keep their defaults.</summary>
    /// <exception cref="ArgumentException"><see cref="UriVariable"/> is missing or not an http(s) address, or another value is invalid.</exception>
    public static Neo4jStoreOptions ReadOptions(Func<string, string?> lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        var address = Value(lookup, UriVariable)
            ?? throw new ArgumentException($"{UriVariable} is not set; the Neo4j store needs the server's HTTP address, e.g. http://localhost:7474.", nameof(lookup));
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri))
        {
            throw new ArgumentException($"{UriVariable} is not an absolute address; expected e.g. http://localhost:7474.", nameof(lookup));
        }

        var options = new Neo4jStoreOptions
        {
            Uri = uri,
            User = Value(lookup, UserVariable) ?? "neo4j",
            Password = lookup(PasswordVariable),
            Database = Value(lookup, DatabaseVariable) ?? "neo4j",
            Api = ReadApi(lookup),
        };
        options.Validate();
        return options;
    }

    private static Neo4jApi? ReadApi(Func<string, string?> lookup) => Value(lookup, ApiVariable) switch
    {
        null => null,
        var name when string.Equals(name, nameof(Neo4jApi.Transactional), StringComparison.OrdinalIgnoreCase) => Neo4jApi.Transactional,
        var name when string.Equals(name, nameof(Neo4jApi.Query), StringComparison.OrdinalIgnoreCase) => Neo4jApi.Query,
        var name => throw new ArgumentException(
            $"{ApiVariable} is '{name}', which names no Neo4j HTTP API; expected transactional or query (unset means query for an Aura address, transactional otherwise).",
            nameof(lookup)),
    };

    private static string? Value(Func<string, string?> lookup, string variable) =>
        lookup(variable)?.Trim() is { Length: > 0 } value ? value : null;
}
