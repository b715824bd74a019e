using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// The tables, indexes and triggers of the store, and their version. The type columns of
/// entities and relationships are foreign keys to reference tables that initialisation fills
/// from <see cref="GraphSchema.Default"/>, so a type the graph schema does not define cannot
/// be stored.
/// </summary>
internal static class SqliteSchema
{
    /// <summary>The schema version this build writes, kept in <c>PRAGMA user_version</c>; 0 is a new file.</summary>
    public const long Version = 2;

    private const string SwitchToWriteAheadLog = "PRAGMA journal_mode = WAL";

    private const string SetVersion = "PRAGMA user_version = 2;";

    private const string Tables = """
        CREATE TABLE IF NOT EXISTS entity_types (
            name TEXT NOT NULL PRIMARY KEY
        ) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS relation_types (
            name TEXT NOT NULL PRIMARY KEY
        ) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS sources (
            id TEXT NOT NULL PRIMARY KEY,
            title TEXT NOT NULL,
            outlet TEXT,
            published_on TEXT,
            file TEXT
        ) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS entities (
            id TEXT NOT NULL PRIMARY KEY,
            type TEXT NOT NULL REFERENCES entity_types (name),
            name TEXT NOT NULL,
            name_en TEXT,
            note TEXT
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS entities_by_type ON entities (type, id);

        CREATE TABLE IF NOT EXISTS entity_aliases (
            entity_id TEXT NOT NULL REFERENCES entities (id),
            position INTEGER NOT NULL,
            alias TEXT NOT NULL,
            PRIMARY KEY (entity_id, position)
        ) WITHOUT ROWID;

        -- Every distinct name an entity answers to (name, English name, aliases) with its search
        -- key (SearchKeys.Normalize): exact lookup uses the name, substring search the key.
        CREATE TABLE IF NOT EXISTS entity_names (
            name_id INTEGER PRIMARY KEY,
            entity_id TEXT NOT NULL REFERENCES entities (id),
            name TEXT NOT NULL,
            search_key TEXT NOT NULL,
            UNIQUE (entity_id, name)
        );
        CREATE INDEX IF NOT EXISTS entity_names_by_name ON entity_names (name COLLATE NOCASE);

        -- Trigrams of the search keys, for searched text of three characters or more. The keys
        -- are already case folded, so the index matches them exactly as stored.
        CREATE VIRTUAL TABLE IF NOT EXISTS entity_name_trigrams USING fts5 (
            search_key,
            content = 'entity_names',
            content_rowid = 'name_id',
            tokenize = 'trigram case_sensitive 1'
        );
        CREATE TRIGGER IF NOT EXISTS entity_names_indexed AFTER INSERT ON entity_names BEGIN
            INSERT INTO entity_name_trigrams (rowid, search_key) VALUES (new.name_id, new.search_key);
        END;
        CREATE TRIGGER IF NOT EXISTS entity_names_unindexed AFTER DELETE ON entity_names BEGIN
            INSERT INTO entity_name_trigrams (entity_name_trigrams, rowid, search_key) VALUES ('delete', old.name_id, old.search_key);
        END;

        -- Amounts are decimal text (invariant culture) so that 7.5, 20 and 0.35 read back exactly;
        -- dates are partial dates as written: 2024, 2024-10 or 2024-10-22.
        CREATE TABLE IF NOT EXISTS relationships (
            id TEXT NOT NULL PRIMARY KEY,
            type TEXT NOT NULL REFERENCES relation_types (name),
            from_id TEXT NOT NULL REFERENCES entities (id),
            to_id TEXT NOT NULL REFERENCES entities (id),
            role TEXT,
            date TEXT,
            valid_from TEXT,
            valid_to TEXT,
            amount_value TEXT,
            amount_unit TEXT,
            amount_currency TEXT,
            amount_approximate INTEGER CHECK (amount_approximate IN (0, 1)),
            amount_text TEXT,
            note TEXT,
            CHECK ((amount_value IS NULL) = (amount_unit IS NULL)
                AND (amount_value IS NULL) = (amount_currency IS NULL)
                AND (amount_value IS NULL) = (amount_approximate IS NULL))
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS relationships_from ON relationships (from_id, type);
        CREATE INDEX IF NOT EXISTS relationships_to ON relationships (to_id, type);

        CREATE TABLE IF NOT EXISTS evidence (
            relationship_id TEXT NOT NULL REFERENCES relationships (id),
            position INTEGER NOT NULL,
            source_id TEXT NOT NULL REFERENCES sources (id),
            quote TEXT NOT NULL,
            PRIMARY KEY (relationship_id, position)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS evidence_by_source ON evidence (source_id);

        -- How many change sets the file has taken, and the content hash of the fact files the
        -- last one matched; each change set sets both in its own transaction, so a read
        -- transaction knows which state it sees, the in-memory indexes which they hold, and an
        -- ingestion whether the files changed since.
        CREATE TABLE IF NOT EXISTS graph_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            version INTEGER NOT NULL,
            facts_content_hash TEXT
        );
        INSERT INTO graph_state (id, version) VALUES (1, 0) ON CONFLICT (id) DO NOTHING;
        """;

    /// <summary>The state a transaction sees: the count of change sets applied before it.</summary>
    public const string ReadGraphVersion = "SELECT version FROM graph_state WHERE id = 1";

    /// <summary>The content hash of the fact files the last change set matched (<c>GraphChangeSet.FactsContentHash</c>).</summary>
    public const string ReadFactsContentHash = "SELECT facts_content_hash FROM graph_state WHERE id = 1";

    /// <summary>Counts one more change set and records its content hash; runs in the change set's own transaction.</summary>
    public const string AdvanceGraphVersion = "UPDATE graph_state SET version = version + 1, facts_content_hash = $hash WHERE id = 1";

    private const string AddEntityType = "INSERT INTO entity_types (name) VALUES ($name) ON CONFLICT (name) DO NOTHING";
    private const string AddRelationType = "INSERT INTO relation_types (name) VALUES ($name) ON CONFLICT (name) DO NOTHING";

    /// <summary>
    /// Puts the file in write-ahead-log mode, so that readers never wait for the writer. The
    /// mode stays with the file, and cannot change inside a transaction.
    /// </summary>
    public static async Task SwitchToWriteAheadLogAsync(SqliteConnection connection, string filePath, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = SwitchToWriteAheadLog;
        var mode = await command.ExecuteScalarAsync(cancellationToken) as string;
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new GraphStoreException(
                $"SQLite store '{filePath}': could not switch to write-ahead logging; the journal mode stayed '{mode}'", isTransient: false);
        }
    }

    /// <summary>The state the session's transaction sees (<see cref="ReadGraphVersion"/>).</summary>
    public static async Task<long> ReadGraphVersionAsync(SqliteSession session, CancellationToken cancellationToken) =>
        Convert.ToInt64(await session.ScalarAsync(ReadGraphVersion, cancellationToken), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The version a file was written with.</summary>
    public static async Task<long> ReadVersionAsync(SqliteSession session, CancellationToken cancellationToken) =>
        (long)(await session.ScalarAsync("PRAGMA user_version", cancellationToken) ?? 0L);

    /// <summary>Creates what is missing and adds the graph schema's types to the reference tables.</summary>
    /// <exception cref="GraphStoreException">The file was written by a newer build.</exception>
    public static async Task CreateAsync(SqliteSession session, string filePath, CancellationToken cancellationToken)
    {
        var version = await ReadVersionAsync(session, cancellationToken);
        if (version > Version)
        {
            throw new GraphStoreException(
                $"SQLite store '{filePath}' has schema version {version}, but this build knows versions up to {Version}; open it with a newer build",
                isTransient: false);
        }

        await session.ExecuteAsync(Tables, cancellationToken);
        foreach (var type in GraphSchema.Default.EntityTypes.Keys)
        {
            await session.ExecuteAsync(AddEntityType, cancellationToken, ("$name", type));
        }

        foreach (var type in GraphSchema.Default.RelationTypes.Keys)
        {
            await session.ExecuteAsync(AddRelationType, cancellationToken, ("$name", type));
        }

        await session.ExecuteAsync(SetVersion, cancellationToken);
    }
}
