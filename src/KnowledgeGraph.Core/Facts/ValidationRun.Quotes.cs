namespace KnowledgeGraph.Core.Facts;

internal sealed partial class ValidationRun
{
    /// <summary>The article of each source that names one; null for a source whose article is missing (already reported).</summary>
    private readonly Dictionary<string, SourceArticle?> _articleOfSource = new(StringComparer.Ordinal);
    private int _quotesChecked;
    private int _quotesUnchecked;

    private QuoteCheck? QuoteSummary => articles is null ? null : new QuoteCheck(_quotesChecked, _quotesUnchecked);

    private void CheckArticleFile(string file, RawSource raw)
    {
        if (raw.File is not { } named)
        {
            return;
        }

        if (!SourceArticles.IsPlainFileName(named.Value))
        {
            Error(file, named.At, FactErrorCodes.InvalidArticleFile,
                $"'file' must be the article's plain file name in the articles folder (e.g. 004_7d87349861a72aea.txt), not the path '{named.Value}'");
            return;
        }

        if (articles is null || raw.Id is not { } id)
        {
            return;
        }

        var article = articles.Find(named.Value);
        if (article is null)
        {
            Error(file, named.At, FactErrorCodes.MissingArticle,
                $"{id.Value} names the article '{named.Value}', which is not in {articles.Location}; fix the name, or add the article there");
        }

        _articleOfSource[id.Value] = article;
    }

    private void CheckQuote(string file, Scalar source, Scalar quote)
    {
        if (articles is null)
        {
            return;
        }

        if (!_articleOfSource.TryGetValue(source.Value, out var article))
        {
            _quotesUnchecked++;
            return;
        }

        if (article is null)
        {
            return;
        }

        _quotesChecked++;
        if (!article.Prints(quote.Value))
        {
            Error(file, quote.At, FactErrorCodes.QuoteNotInArticle,
                $"the quote 「{quote.Value}」 is not in {article.File}, the article of {source.Value} in {articles.Location} "
                + "(compared with all whitespace removed); copy it verbatim from the article");
        }
    }
}
