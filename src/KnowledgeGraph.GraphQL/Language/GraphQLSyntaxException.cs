namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// The one exception the lexer and parser throw: the document is not valid GraphQL syntax.
/// The message reads like graphql-js (<c>Syntax Error: Expected Name, found &lt;EOF&gt;.</c>).
/// </summary>
public sealed class GraphQLSyntaxException : Exception
{
    /// <summary>Creates the exception for a problem at <paramref name="position"/> of <paramref name="body"/>.</summary>
    public GraphQLSyntaxException(ReadOnlySpan<char> body, int position, string description)
        : base("Syntax Error: " + description)
    {
        Description = description;
        Position = position;
        Location = SourceLocation.FromPosition(body, position);
    }

    /// <summary>The problem, without the <c>Syntax Error: </c> prefix.</summary>
    public string Description { get; }

    /// <summary>UTF-16 offset of the problem in the document.</summary>
    public int Position { get; }

    /// <summary>Line and column of the problem.</summary>
    public SourceLocation Location { get; }

    /// <summary>1-based line of the problem.</summary>
    public int Line => Location.Line;

    /// <summary>1-based column of the problem.</summary>
    public int Column => Location.Column;
}
