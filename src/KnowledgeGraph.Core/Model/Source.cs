namespace KnowledgeGraph.Core.Model;

/// <summary>An article that facts are taken from.</summary>
/// <param name="Id">The canonical id, e.g. <c>source:001</c>.</param>
/// <param name="Title">The article's headline.</param>
public sealed record Source(string Id, string Title)
{
    /// <summary>The newspaper or site that published it, when known.</summary>
    public string? Outlet { get; init; }

    /// <summary>The publication date, to the precision the text allows.</summary>
    public PartialDate? PublishedOn { get; init; }

    /// <summary>The article's file name among the seed articles, when it is one.</summary>
    public string? File { get; init; }
}
