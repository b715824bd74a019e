using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Facts;

internal sealed partial class ValidationRun
{
    private Source? ValidateSource(string file, RawSource raw)
    {
        var errorsBefore = _errors.Count;
        Require(file, raw, raw.Id, "id", "a source");
        Require(file, raw, raw.Title, "title", "a source");
        if (raw.Id is { } id)
        {
            CheckIdShape(file, id, FactIds.SourcePrefix, "a source");
            if (Declare(file, id))
            {
                _sourceIds.Add(id.Value);
            }
        }

        CheckArticleFile(file, raw);
        var publishedOn = ParseDate(file, raw.PublishedOn, "publishedOn");
        RememberPublication(raw.Id, publishedOn);
        if (_errors.Count > errorsBefore || raw is not { Id: { } validId, Title: { } title })
        {
            return null;
        }

        return new Source(validId.Value, title.Value)
        {
            Outlet = raw.Outlet?.Value,
            PublishedOn = publishedOn,
            File = raw.File?.Value,
        };
    }
}
