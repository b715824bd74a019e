using KnowledgeGraph.Core.Facts;

namespace KnowledgeGraph.Ingestion;

/// <summary>Reads and validates every fact file below a folder; the part of ingestion that needs no store.</summary>
internal sealed class FactFolder(FactReader reader, FactValidator validator)
{
    /// <summary>Hidden files and folders (editor swap and lock files) are not facts, nor is anything but a regular file.</summary>
    private static readonly EnumerationOptions YamlFiles = new()
    {
        RecurseSubdirectories = true,
        MatchCasing = MatchCasing.CaseSensitive,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
    };

    /// <summary>Reads and validates the fact files, checking no quote against any article.</summary>
    public FactFolderContent Load(string folder, CancellationToken cancellationToken) => Load(folder, articlesFolder: null, cancellationToken);

    /// <summary>
    /// Reads and validates the fact files; with <paramref name="articlesFolder"/>, also reads the
    /// articles their sources name from it, so that every quote is checked against its article.
    /// </summary>
    public FactFolderContent Load(string folder, string? articlesFolder, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            return FactFolderContent.Failed($"the folder '{folder}' does not exist");
        }

        if (articlesFolder is not null && !Directory.Exists(articlesFolder))
        {
            return FactFolderContent.Failed($"the articles folder '{articlesFolder}' does not exist");
        }

        using var hasher = new FactsContentHasher();
        var files = new List<FactFile>();
        foreach (var relative in FilesBelow(folder))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = DisplayPath(folder, relative);
            try
            {
                using var file = File.OpenRead(Path.Join(folder, relative));
                using var hashed = hasher.Read(relative, file);
                files.Add(reader.Read(path, hashed.Content));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return FactFolderContent.Failed($"could not read '{path}': {e.Message}");
            }
        }

        SourceArticles? articles;
        try
        {
            articles = articlesFolder is null ? null : ReadArticles(articlesFolder, files, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return FactFolderContent.Failed($"could not read an article in '{articlesFolder}': {e.Message}");
        }

        return new FactFolderContent(files.Count, validator.Validate(files, articles), Failure: null, hasher.Finish());
    }

    /// <summary>
    /// The articles the files' sources name that the folder holds, read as UTF-8. Only plain
    /// file names are looked up, so no source can make the reader leave the folder; validation
    /// reports the others, and the names the folder does not hold, as errors.
    /// </summary>
    private static SourceArticles ReadArticles(string articlesFolder, IEnumerable<FactFile> files, CancellationToken cancellationToken)
    {
        var articles = new List<SourceArticle>();
        foreach (var name in files.SelectMany(f => f.ArticleFiles).Distinct(StringComparer.Ordinal).Where(SourceArticles.IsPlainFileName))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = Path.Join(articlesFolder, name);
            if (File.Exists(path) && RegularFiles.IsRegular(path))
            {
                articles.Add(new SourceArticle(name, File.ReadAllText(path)));
            }
        }

        return new SourceArticles(articlesFolder, articles);
    }

    /// <summary>
    /// The content hash the folder's files have now, read without parsing them, and how many
    /// there are; null when the folder or a file cannot be read (loading it then says why).
    /// </summary>
    public static (string Hash, int FileCount)? ContentHash(string folder, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            return null;
        }

        using var hasher = new FactsContentHasher();
        var count = 0;
        foreach (var relative in FilesBelow(folder))
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                using var file = File.OpenRead(Path.Join(folder, relative));
                using var hashed = hasher.Read(relative, file);
                hashed.Content.CopyTo(Stream.Null);
                count++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }

        return hasher.Finish() is { } hash ? (hash, count) : null;
    }

    /// <summary>The fact files below <paramref name="folder"/>, relative to it with forward slashes, in ordinal order.</summary>
    internal static IEnumerable<string> FilesBelow(string folder) =>
        Directory.EnumerateFiles(folder, "*.yaml", YamlFiles)
            .Where(RegularFiles.IsRegular)
            .Select(path => Path.GetRelativePath(folder, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    private static string DisplayPath(string folder, string relative) => Path.Join(folder, relative).Replace('\\', '/');
}

/// <summary>The validated facts of a folder, or why it could not be read.</summary>
/// <param name="Validation">The validation of every file; null when <see cref="Failure"/> is set.</param>
/// <param name="ContentHash">The content hash of exactly the bytes validated (<see cref="FactsContentHasher"/>); null when a file was cut at the size limit.</param>
internal sealed record FactFolderContent(int FileCount, FactValidationResult? Validation, string? Failure, string? ContentHash = null)
{
    public static FactFolderContent Failed(string failure) => new(0, null, failure);
}
