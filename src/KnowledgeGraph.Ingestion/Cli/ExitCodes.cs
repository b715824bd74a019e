namespace KnowledgeGraph.Ingestion.Cli;

/// <summary>What <c>kg</c> exits with.</summary>
internal static class ExitCodes
{
    /// <summary>The verb did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The fact files have errors; nothing was written.</summary>
    public const int InvalidFacts = 1;

    /// <summary>The question cannot be answered as asked: a bad argument, or a reference that names nothing or several things.</summary>
    public const int InvalidQuestion = 1;

    /// <summary>The folder, the store or the configuration failed; nothing was written.</summary>
    public const int Failure = 2;
}
