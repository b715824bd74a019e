namespace KnowledgeGraph.Ingestion;

/// <summary>
/// Told how every run of the ingestion worker ended, for whoever must know when the graph is
/// filled: a readiness check, a test. Register implementations in the host's services; the
/// worker calls each after every run, on the worker's thread, so keep it quick.
/// </summary>
public interface IIngestionRunListener
{
    /// <summary>A run ended with <paramref name="report"/>, whatever its outcome.</summary>
    void Ingested(IngestionReport report);
}
