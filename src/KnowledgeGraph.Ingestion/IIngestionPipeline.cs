namespace KnowledgeGraph.Ingestion;

/// <summary>
/// Makes the store hold exactly the facts of a folder: reads every <c>*.yaml</c> below it,
/// validates them against the graph schema, and writes the difference from the store's
/// content as one atomic change set. Idempotent: a second run over the same files writes nothing,
/// and stops once it finds their content hash in the store, before reading the graph.
/// </summary>
public interface IIngestionPipeline
{
    /// <summary>
    /// Runs one ingestion. Nothing is written when a file has an error, when the store already
    /// matches, or when the store fails; the report says which. Fact errors and store failures
    /// are reported, not thrown.
    /// </summary>
    /// <param name="folder">The folder of fact files, e.g. <c>seed</c>; files are read in ordinal order of their paths.</param>
    Task<IngestionReport> IngestAsync(string folder, CancellationToken cancellationToken);

    /// <summary>
    /// How the store stands against the folder's files, found from their content hash and the
    /// store's counts, without parsing the files or reading the graph: what a question checks
    /// before it answers.
    /// </summary>
    /// <exception cref="Core.Storage.GraphStoreException">The store failed.</exception>
    Task<FolderStanding> CompareAsync(string folder, CancellationToken cancellationToken);
}

/// <summary>How a store stands against a folder of fact files.</summary>
public enum FolderStanding
{
    /// <summary>The store was last brought up to date with exactly these files.</summary>
    UpToDate,

    /// <summary>The store holds nothing yet.</summary>
    StoreEmpty,

    /// <summary>The store holds a graph, but not one ingested from these files as they are now.</summary>
    Differs,
}
