using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Storage.Traversal;

/// <summary>What a <see cref="GraphIndex"/> keeps of a relationship: its ids, type, role and times, no details.</summary>
/// <param name="SourceIds">The sources of its evidence; only their publication dates are used, for a relationship without a date or validity.</param>
internal sealed record IndexedRelationship(
    string Id,
    string Type,
    string FromId,
    string ToId,
    string? Role,
    PartialDate? Date,
    PartialDate? ValidFrom,
    PartialDate? ValidTo,
    IReadOnlyList<string> SourceIds);
