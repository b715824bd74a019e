using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;

namespace KnowledgeGraph.Api.Exports;

/// <summary>A subgraph with what its writers need beside it: the sources its evidence cites and which types read both ways.</summary>
/// <param name="Subgraph">The nodes, relationships and whether the limit cut any off.</param>
/// <param name="Sources">The cited sources by id; a source the store no longer has is simply absent.</param>
/// <param name="SymmetricTypes">The relationship types that read the same both ways (MET, COOPERATES_WITH).</param>
internal sealed record SubgraphExport(
    Subgraph Subgraph,
    IReadOnlyDictionary<string, Source> Sources,
    IReadOnlySet<string> SymmetricTypes)
{
    /// <summary>The source an item of evidence cites, or null when it is unknown.</summary>
    public Source? SourceOf(Evidence evidence) => Sources.GetValueOrDefault(evidence.SourceId);

    /// <summary>True when the relationship has no direction worth drawing.</summary>
    public bool IsSymmetric(Relationship relationship) => SymmetricTypes.Contains(relationship.Type);
}
