using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Ingestion;

/// <summary>
/// Compares stored records with desired ones by value. Record equality compares the list
/// members (aliases, evidence) by reference, so those are compared apart, as sorted lists: a
/// store need not keep their order, and a reordering alone must not count as a change, or a
/// run over unchanged files would write again.
/// </summary>
internal static class RecordEquality
{
    private static readonly IReadOnlyList<string> NoAliases = [];
    private static readonly IReadOnlyList<Evidence> NoEvidence = [];

    public static bool Same(Source desired, Source stored) => desired == stored;

    public static bool Same(Entity desired, Entity stored) =>
        desired with { Aliases = NoAliases } == stored with { Aliases = NoAliases }
        && desired.Aliases.Order(StringComparer.Ordinal).SequenceEqual(stored.Aliases.Order(StringComparer.Ordinal), StringComparer.Ordinal);

    public static bool Same(Relationship desired, Relationship stored) =>
        desired with { Evidence = NoEvidence } == stored with { Evidence = NoEvidence }
        && Sorted(desired.Evidence).SequenceEqual(Sorted(stored.Evidence));

    private static IEnumerable<Evidence> Sorted(IEnumerable<Evidence> evidence) =>
        evidence.OrderBy(e => e.SourceId, StringComparer.Ordinal).ThenBy(e => e.Quote, StringComparer.Ordinal);
}
