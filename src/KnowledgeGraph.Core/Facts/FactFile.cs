namespace KnowledgeGraph.Core.Facts;

/// <summary>
/// One fact file as read: its items, still unvalidated, and the errors found while reading it
/// (encoding, size, YAML syntax, shape, unknown keys). Pass every file of a run to
/// <see cref="FactValidator.Validate"/>, which reports these errors with its own.
/// </summary>
public sealed class FactFile
{
    internal FactFile(
        string path,
        IReadOnlyList<FactError> errors,
        IReadOnlyList<RawSource> sources,
        IReadOnlyList<RawEntity> entities,
        IReadOnlyList<RawRelationship> relationships)
    {
        Path = path;
        Errors = errors;
        Sources = sources;
        Entities = entities;
        Relationships = relationships;
    }

    /// <summary>The path the file was read under; errors name it.</summary>
    public string Path { get; }

    /// <summary>What reading the file found wrong, in reading order; empty when it read cleanly.</summary>
    public IReadOnlyList<FactError> Errors { get; }

    /// <summary>
    /// The article files its sources name with <c>file</c>, each once, in order of appearance:
    /// what a caller reads from the articles folder before validating quotes against them.
    /// </summary>
    public IReadOnlyList<string> ArticleFiles => [.. Sources.Select(s => s.File?.Value).OfType<string>().Distinct(StringComparer.Ordinal)];

    internal IReadOnlyList<RawSource> Sources { get; }

    internal IReadOnlyList<RawEntity> Entities { get; }

    internal IReadOnlyList<RawRelationship> Relationships { get; }

    internal static FactFile Unreadable(string path, FactError error) => new(path, [error], [], [], []);
}
