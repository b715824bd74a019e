namespace KnowledgeGraph.Core.Facts;

/// <summary>Limits for reading fact files.</summary>
public sealed class FactReaderOptions
{
    /// <summary>The default <see cref="MaxFileBytes"/>: 4 MiB, far above any one article's facts.</summary>
    public const int DefaultMaxFileBytes = 4 * 1024 * 1024;

    /// <summary>
    /// The largest file read, in bytes; a larger one is reported as <see cref="FactErrorCodes.FileTooLarge"/>
    /// without being parsed, so a stray dump cannot exhaust memory. Default: 4 MiB.
    /// </summary>
    public int MaxFileBytes { get; init; } = DefaultMaxFileBytes;
}
