namespace KnowledgeGraph.Ingestion;

/// <summary>
/// Makes the store hold exactly the facts of a folder: reads every <c>*.yaml</c> below it,
/// validates them against the graph schema, and writes the difference from the store's
/// content as one atomic change set. Idempotent: a second run over the same files writes nothing.
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
}
