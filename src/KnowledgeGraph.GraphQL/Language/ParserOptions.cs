namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// Limits the parser enforces so that hostile documents fail fast with a syntax error instead of
/// using unbounded time, memory or stack. All limits are on by default.
/// </summary>
public sealed record ParserOptions
{
    /// <summary>The defaults: 15,000 tokens, 1,048,576 characters, nesting depth 256.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>Most significant tokens (comments excluded) a document may hold. Default 15,000.</summary>
    public int MaxTokens { get; init; } = 15_000;

    /// <summary>Most UTF-16 code units a document may hold. Default 1,048,576 (1 Mi).</summary>
    public int MaxDocumentLength { get; init; } = 1_048_576;

    /// <summary>
    /// Deepest nesting of selection sets, list and object values and list types. Default 256,
    /// which keeps the recursive descent far from the end of the stack.
    /// </summary>
    public int MaxDepth { get; init; } = 256;
}
