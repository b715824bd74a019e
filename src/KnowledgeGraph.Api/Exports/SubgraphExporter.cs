using System.Collections.Frozen;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Api.Exports;

/// <summary>Runs the <c>subgraph</c> query for an export and gathers the sources its evidence cites, in one store call.</summary>
internal sealed class SubgraphExporter(GraphQueryService queries, GraphSchema schema)
{
    private readonly FrozenSet<string> _symmetricTypes = schema.RelationTypes.Values
        .Where(type => type.Symmetric)
        .Select(type => type.Name)
        .ToFrozenSet(StringComparer.Ordinal);

    /// <exception cref="QueryException">An argument is malformed, out of range, or a reference names nothing or several entities.</exception>
    public async Task<SubgraphExport> ExportAsync(SubgraphArguments arguments, CancellationToken cancellationToken)
    {
        var subgraph = await queries.SubgraphAsync(
            arguments.Refs, arguments.Depth, arguments.Types, arguments.From, arguments.To, arguments.Limit, cancellationToken);
        var sourceIds = subgraph.Relationships
            .SelectMany(relationship => relationship.Evidence)
            .Select(evidence => evidence.SourceId)
            .ToHashSet(StringComparer.Ordinal);
        var sources = await queries.SourcesAsync(sourceIds, cancellationToken);
        return new SubgraphExport(subgraph, sources.ToFrozenDictionary(source => source.Id, StringComparer.Ordinal), _symmetricTypes);
    }
}
