namespace KnowledgeGraph.Core.Facts;

/// <summary>
/// The articles at hand for a validation, by file name, so that every quote can be checked
/// against the article its source names. The caller reads them; validation touches no file.
/// </summary>
public sealed class SourceArticles
{
    private readonly Dictionary<string, SourceArticle> _byFile;

    /// <param name="location">Where the articles were read from, e.g. a folder; errors name it.</param>
    /// <param name="articles">The articles found there; a file a source names but that is not among them is reported missing.</param>
    public SourceArticles(string location, IEnumerable<SourceArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(articles);
        Location = location;
        _byFile = articles.ToDictionary(a => a.File, StringComparer.Ordinal);
    }

    /// <summary>Where the articles were read from.</summary>
    public string Location { get; }

    /// <summary>The article of that file name, or null when it is not at hand.</summary>
    public SourceArticle? Find(string file) => _byFile.GetValueOrDefault(file);

    /// <summary>
    /// Whether <paramref name="file"/> is a plain file name, with no folder in it: a source names
    /// an article inside the articles folder, never a path that could lead out of it.
    /// </summary>
    public static bool IsPlainFileName(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file.Length > 0 && file is not ("." or "..") && file.IndexOfAny(['/', '\\', ':']) < 0 && file.Trim() == file;
    }
}
