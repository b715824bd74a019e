namespace KnowledgeGraph.GraphQL.Language;

/// <summary>A GraphQL document text and the name used for it in messages.</summary>
public sealed class Source
{
    /// <summary>Creates a source.</summary>
    /// <param name="body">The document text.</param>
    /// <param name="name">A name for the text; defaults to <c>GraphQL request</c> as in graphql-js.</param>
    public Source(string body, string name = "GraphQL request")
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(name);
        Body = body;
        Name = name;
    }

    /// <summary>The document text.</summary>
    public string Body { get; }

    /// <summary>The name of the text, for messages.</summary>
    public string Name { get; }

    /// <summary>The 1-based line and column of a UTF-16 offset in <see cref="Body"/>.</summary>
    public SourceLocation GetLocation(int position) => SourceLocation.FromPosition(Body, position);
}
