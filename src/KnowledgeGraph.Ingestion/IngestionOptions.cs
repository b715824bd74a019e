using KnowledgeGraph.Core.Facts;

namespace KnowledgeGraph.Ingestion;

/// <summary>Settings of the ingestion worker (configuration section <c>Ingestion</c>).</summary>
public sealed class IngestionOptions
{
    /// <summary>The configuration section these options are usually bound from.</summary>
    public const string SectionName = "Ingestion";

    /// <summary>The folder of fact files, relative to the working directory or absolute. Default: <c>seed</c>.</summary>
    public string SeedFolder { get; set; } = "seed";

    /// <summary>
    /// The folder of the source articles, relative to the working directory or absolute. When
    /// set, every quote of a source that names its article (<c>file</c>) must be printed in that
    /// article, whitespace aside, or the run is invalid; a named article missing from the folder is
    /// an error too. Default: null, checking no quote against any article. A run over fact files
    /// that have not changed since the last one is skipped whole, so an edited article is checked
    /// at the next change of the facts, or at once with <c>kg validate --articles</c>.
    /// </summary>
    public string? ArticlesFolder { get; set; }

    /// <summary>Whether to ingest again whenever a file below <see cref="SeedFolder"/> changes. Default: true.</summary>
    public bool Watch { get; set; } = true;

    /// <summary>
    /// How long the folder must stay quiet after a change before ingesting, so that an editor's
    /// save or a <c>git pull</c> that touches many files causes one run. Default: 500 ms.
    /// </summary>
    public TimeSpan Debounce { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// How long a run waits while another ingestion (another process, or another machine on the
    /// same Neo4j) holds the store's writer lease, before it fails saying who holds it. One
    /// writer at a time is what keeps two runs over different folders from merging. Default: 30 s.
    /// </summary>
    public TimeSpan WriterLeaseWait { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long, after the debounce, every fact file's size and time of last write must hold
    /// before the watcher ingests, so that a writer pausing between writes is not published half
    /// done. The watcher also waits while a file is empty or does not end with a line break.
    /// Default: 2 s.
    /// </summary>
    public TimeSpan SettleTime { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The largest fact file read, in bytes. Default: 4 MiB (<see cref="FactReaderOptions.DefaultMaxFileBytes"/>).</summary>
    public int MaxFileBytes { get; set; } = FactReaderOptions.DefaultMaxFileBytes;
}
