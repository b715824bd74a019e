using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Facts;

/// <summary>
/// Checks the fact files of one run against a <see cref="GraphSchema"/> and resolves them into
/// the model: sources, entities, and relationships whose ends are entity ids. It sees all
/// files at once because ids are unique across files and relationships may name entities
/// declared in another file.
/// </summary>
public sealed class FactValidator
{
    private readonly GraphSchema _schema;

    /// <summary>Creates a validator for the given schema.</summary>
    public FactValidator(GraphSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        _schema = schema;
    }

    /// <summary>
    /// Validates every file of a run. Returns the resolved facts when there is no error, or
    /// every error of every file (reading errors included), in <see cref="FactError.ReadingOrder"/>,
    /// and no facts. Never throws on bad content.
    /// </summary>
    /// <param name="files">The run's files; when an id is declared twice, the later one in this order is reported.</param>
    /// <param name="articles">
    /// The articles the sources name, when at hand: then every quote of a source that names an
    /// article must be printed in it (whitespace aside), and a named article that is not among
    /// them is an error. Null (the default) checks no quote against any article.
    /// </param>
    public FactValidationResult Validate(IEnumerable<FactFile> files, SourceArticles? articles = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        return new ValidationRun(_schema, articles).Validate([.. files]);
    }
}
