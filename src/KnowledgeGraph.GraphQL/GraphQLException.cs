namespace KnowledgeGraph.GraphQL;

/// <summary>
/// An error meant for the client: throw it from a resolver or a scalar and its message and
/// extensions reach the response unchanged. Any other exception from a resolver is reported as
/// <c>Unexpected error.</c> with code <c>INTERNAL_SERVER_ERROR</c> unless
/// <see cref="Execution.ExecutionOptions.ExposeExceptionMessages"/> is set.
/// </summary>
public class GraphQLException : Exception
{
    /// <summary>Creates a client-facing error.</summary>
    /// <param name="message">The message shown to the client.</param>
    /// <param name="code">Optional <c>extensions.code</c>, such as <c>NOT_FOUND</c>.</param>
    /// <param name="extensions">Optional further extensions.</param>
    public GraphQLException(string message, string? code = null, IReadOnlyDictionary<string, object?>? extensions = null)
        : base(message)
    {
        Extensions = code is null
            ? extensions
            : new Dictionary<string, object?>(extensions ?? new Dictionary<string, object?>()) { ["code"] = code };
    }

    /// <summary>Creates a client-facing error wrapping an inner exception.</summary>
    public GraphQLException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The extensions to report with the error, or null.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The document nodes the error is about, when more precise than the field it occurred in.</summary>
    internal IReadOnlyList<Language.Node>? Nodes { get; init; }
}
