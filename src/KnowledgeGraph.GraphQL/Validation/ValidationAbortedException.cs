namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>Stops a validation run early: the error cap was reached or a work budget ran out.</summary>
internal sealed class ValidationAbortedException : Exception
{
    public ValidationAbortedException()
        : base("Validation aborted.")
    {
    }

    public ValidationAbortedException(string message)
        : base(message)
    {
    }

    public ValidationAbortedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
