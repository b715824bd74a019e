using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Ingestion;

/// <summary>What one ingestion run found and did.</summary>
/// <param name="Folder">The folder read, as given.</param>
/// <param name="FilesRead">How many fact files the folder holds.</param>
/// <param name="Outcome">Whether the store changed, and if not, why.</param>
/// <param name="Counts">
/// Added, updated, retracted and unchanged records by kind and type, ordered by kind then
/// type (ordinal); empty unless <see cref="Outcome"/> is <see cref="IngestionOutcome.Applied"/>
/// or <see cref="IngestionOutcome.Unchanged"/>.
/// </param>
/// <param name="Errors">The fact files' errors when <see cref="Outcome"/> is <see cref="IngestionOutcome.Invalid"/>.</param>
/// <param name="Failure">What went wrong when <see cref="Outcome"/> is <see cref="IngestionOutcome.Failed"/>.</param>
public sealed record IngestionReport(
    string Folder,
    int FilesRead,
    IngestionOutcome Outcome,
    IReadOnlyList<IngestionCount> Counts,
    IReadOnlyList<FactError> Errors,
    string? Failure)
{
    /// <summary>True when the store now matches the files (whether or not this run had to write).</summary>
    public bool Succeeded => Outcome is IngestionOutcome.Applied or IngestionOutcome.Unchanged;

    /// <summary>The counts of one kind summed over its types.</summary>
    public IngestionCount Total(RecordKind kind) => Counts
        .Where(c => c.Kind == kind)
        .Aggregate(new IngestionCount(kind, "ALL", 0, 0, 0, 0), (sum, c) => sum with
        {
            Added = sum.Added + c.Added,
            Updated = sum.Updated + c.Updated,
            Retracted = sum.Retracted + c.Retracted,
            Unchanged = sum.Unchanged + c.Unchanged,
        });
}

/// <summary>How an ingestion run ended.</summary>
public enum IngestionOutcome
{
    /// <summary>The files differed from the store, and the difference was written in one change set.</summary>
    Applied,

    /// <summary>The store already matched the files; nothing was written.</summary>
    Unchanged,

    /// <summary>The files have errors (<see cref="IngestionReport.Errors"/>); nothing was written.</summary>
    Invalid,

    /// <summary>The folder or the store failed (<see cref="IngestionReport.Failure"/>); nothing was written.</summary>
    Failed,
}

/// <summary>The kinds of record a run writes.</summary>
public enum RecordKind
{
    /// <summary>An article.</summary>
    Source,

    /// <summary>A person, place, organisation and so on.</summary>
    Entity,

    /// <summary>An edge with its evidence.</summary>
    Relationship,
}

/// <summary>How many records of one kind and type a run added, updated, retracted or left as they were.</summary>
/// <param name="Type">The entity or relationship type; <c>SOURCE</c> for sources, which have no type.</param>
public sealed record IngestionCount(RecordKind Kind, string Type, int Added, int Updated, int Retracted, int Unchanged)
{
    /// <summary>The type name sources are counted under.</summary>
    public const string SourceType = "SOURCE";

    /// <summary>The counts of a run that found everything as it was: the store's own, all unchanged.</summary>
    public static IReadOnlyList<IngestionCount> AllUnchanged(GraphStats stats)
    {
        ArgumentNullException.ThrowIfNull(stats);
        return
        [
            new(RecordKind.Source, SourceType, 0, 0, 0, stats.Sources),
            .. stats.ByEntityType.Select(t => new IngestionCount(RecordKind.Entity, t.Type, 0, 0, 0, t.Count)),
            .. stats.ByRelationType.Select(t => new IngestionCount(RecordKind.Relationship, t.Type, 0, 0, 0, t.Count)),
        ];
    }
}
