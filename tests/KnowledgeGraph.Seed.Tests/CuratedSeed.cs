using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Storage;

[assembly: AssemblyFixture(typeof(KnowledgeGraph.Seed.Tests.CuratedSeed))]

namespace KnowledgeGraph.Seed.Tests;

/// <summary>
/// The curated seed as the ingestion worker reads it (every <c>*.yaml</c> below <c>seed/</c>,
/// through <see cref="FactReader"/> and <see cref="FactValidator"/>), with the articles it
/// cites. Loaded once for the whole run; the tests only read it.
/// </summary>
public sealed class CuratedSeed
{
    private readonly Dictionary<string, string> _rawFiles;
    private readonly Dictionary<string, Article> _articlesByFile;

    /// <summary>Loads the seed and the articles of this test run (see <see cref="SeedLocations.Find()"/>).</summary>
    public CuratedSeed()
        : this(SeedLocations.Find())
    {
    }

    /// <summary>Loads the seed at <paramref name="locations"/>, and its articles unless they are missing there.</summary>
    internal CuratedSeed(SeedLocations locations)
    {
        Locations = locations;
        var seedFiles = Directory.EnumerateFiles(locations.SeedFolder, "*.yaml", SearchOption.AllDirectories)
            .Select(path => (Full: path, Shown: RepositoryPath(locations, path)))
            .OrderBy(file => file.Shown, StringComparer.Ordinal)
            .ToList();
        _rawFiles = seedFiles.ToDictionary(file => file.Shown, file => File.ReadAllText(file.Full), StringComparer.Ordinal);
        _articlesByFile = locations.ArticlesMissing is null
            ? Directory.EnumerateFiles(locations.ArticlesFolder, "*.txt")
                .Select(path => new Article(Path.GetFileName(path), File.ReadAllText(path)))
                .ToDictionary(article => article.File, StringComparer.Ordinal)
            : [];
        var articles = locations.ArticlesMissing is null
            ? new SourceArticles(locations.ArticlesFolder, _articlesByFile.Values.Select(a => new SourceArticle(a.File, a.Text)))
            : null;
        Validation = new FactValidator(GraphSchema.Default).Validate(seedFiles.Select(file => ReadFacts(file.Shown, file.Full)), articles);
    }

    /// <summary>Where the seed and the articles were read from.</summary>
    public SeedLocations Locations { get; }

    /// <summary>The outcome of validating the seed: the facts, or every error.</summary>
    public FactValidationResult Validation { get; }

    /// <summary>The seed's facts; throws, listing every error, when the seed is invalid.</summary>
    public GraphSnapshot Facts => Validation.IsValid
        ? Validation.Facts
        : throw new InvalidOperationException(
            $"the seed is invalid, so its facts cannot be checked against the articles:{Environment.NewLine}{string.Join(Environment.NewLine, Validation.Errors)}");

    /// <summary>
    /// The articles by file name (<c>004_7d87349861a72aea.txt</c>). Where they are missing
    /// (<see cref="SeedLocations.ArticlesMissing"/>), reading them skips the running test with
    /// the reason, so that every check against the articles is skipped and none fails for want of them.
    /// </summary>
    public IReadOnlyDictionary<string, Article> ArticlesByFile
    {
        get
        {
            if (Locations.ArticlesMissing is { } reason)
            {
                Assert.Skip(reason);
            }

            return _articlesByFile;
        }
    }

    /// <summary>The article a source was taken from, or null when the source names no file or a file that is not there.</summary>
    public Article? ArticleOf(string sourceId)
    {
        var file = Facts.Sources.FirstOrDefault(s => string.Equals(s.Id, sourceId, StringComparison.Ordinal))?.File;
        return file is not null && ArticlesByFile.TryGetValue(file, out var article) ? article : null;
    }

    /// <summary>
    /// A relationship and one of its quotes as a curator can find them: the seed file holding
    /// the quote, the relationship's id, type and ends, the source and the quote.
    /// </summary>
    public string Describe(Relationship relationship, Evidence evidence)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        ArgumentNullException.ThrowIfNull(evidence);
        return $"{FilesHolding(evidence.Quote)}: {Describe(relationship)}, {evidence.SourceId}: 「{evidence.Quote}」";
    }

    /// <summary>A relationship as a curator can find it: the seed files of its quotes, its id, type and ends.</summary>
    public static string Describe(Relationship relationship)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        return $"{relationship.Id} {relationship.Type} {relationship.FromId} -> {relationship.ToId}";
    }

    /// <summary>The seed files whose text holds <paramref name="text"/> verbatim, for pointing a curator at them.</summary>
    public string FilesHolding(string text)
    {
        var files = _rawFiles.Where(file => file.Value.Contains(text, StringComparison.Ordinal))
            .Select(file => file.Key)
            .Order(StringComparer.Ordinal)
            .ToList();
        return files.Count > 0 ? string.Join(", ", files) : "(in no seed file verbatim)";
    }

    private static FactFile ReadFacts(string shownPath, string fullPath)
    {
        using var content = File.OpenRead(fullPath);
        return new FactReader().Read(shownPath, content);
    }

    private static string RepositoryPath(SeedLocations locations, string path) =>
        Path.GetRelativePath(locations.RepositoryRoot, path).Replace('\\', '/');
}
