namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>
/// The <c>extensions.code</c> values of the limit rules. Every other validation error carries
/// <see cref="ErrorCodes.ValidationFailed"/>.
/// </summary>
public static class ValidationErrorCodes
{
    /// <summary>An operation nests fields deeper than <see cref="ValidationOptions.MaxDepth"/>.</summary>
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";

    /// <summary>An operation selects more fields than <see cref="ValidationOptions.MaxFields"/>.</summary>
    public const string MaxFieldsExceeded = "MAX_FIELDS_EXCEEDED";

    /// <summary>An operation uses more aliases than <see cref="ValidationOptions.MaxAliases"/>.</summary>
    public const string MaxAliasesExceeded = "MAX_ALIASES_EXCEEDED";
}
