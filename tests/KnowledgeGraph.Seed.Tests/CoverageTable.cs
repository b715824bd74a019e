using System.Globalization;
using System.Text;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Seed.Tests;

/// <summary>
/// What the seed holds per article, in the form of the Coverage section of <c>seed/README.md</c>:
/// a relationship counts for every source its evidence cites, an entity for every source whose
/// relationships touch it; the <c>all</c> column counts each once. Rows run from the most
/// common type down, ties by name; a zero is left blank.
/// </summary>
public sealed class CoverageTable
{
    private readonly GraphSnapshot _facts;
    private readonly IReadOnlyList<string> _sourceIds;

    /// <summary>Counts the coverage of <paramref name="facts"/>.</summary>
    public CoverageTable(GraphSnapshot facts)
    {
        _facts = facts;
        _sourceIds = [.. facts.Sources.Select(s => s.Id).Order(StringComparer.Ordinal)];
        EntitiesBySource = _sourceIds.ToDictionary(
            id => id,
            id => (IReadOnlySet<string>)facts.Relationships
                .Where(r => Cites(r, id))
                .SelectMany(r => new[] { r.FromId, r.ToId })
                .ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
        RelationshipsBySource = _sourceIds.ToDictionary(
            id => id,
            id => facts.Relationships.Count(r => Cites(r, id)),
            StringComparer.Ordinal);
    }

    /// <summary>The ids of the entities each source's relationships touch.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> EntitiesBySource { get; }

    /// <summary>How many relationships cite each source.</summary>
    public IReadOnlyDictionary<string, int> RelationshipsBySource { get; }

    /// <summary>The sentence's totals, <c>(265 entities, 439 relationships)</c>.</summary>
    public string Totals => string.Create(
        CultureInfo.InvariantCulture, $"({_facts.Entities.Count} entities, {_facts.Relationships.Count} relationships)");

    /// <summary>The two tables, entities then relationships, separated by a blank line.</summary>
    public string ToMarkdown()
    {
        var typeOf = _facts.Entities.ToDictionary(e => e.Id, e => e.Type, StringComparer.Ordinal);
        var entities = Table(
            "Entity type",
            "entities",
            _facts.Entities.Select(e => e.Type),
            source => EntitiesBySource[source].Select(id => typeOf[id]));
        var relationships = Table(
            "Relationship type",
            "relationships",
            _facts.Relationships.Select(r => r.Type),
            source => _facts.Relationships.Where(r => Cites(r, source)).Select(r => r.Type));
        return entities + "\n" + relationships;
    }

    private string Table(string heading, string total, IEnumerable<string> allTypes, Func<string, IEnumerable<string>> typesOf)
    {
        var all = allTypes.CountBy(type => type).ToDictionary(StringComparer.Ordinal);
        var perSource = _sourceIds.Select(id => typesOf(id).CountBy(type => type).ToDictionary(StringComparer.Ordinal)).ToList();
        var table = new StringBuilder();
        Row(table, heading, [.. _sourceIds.Select(ShortName), "all"]);
        table.Append("|---|").Append(string.Concat(Enumerable.Repeat("---:|", _sourceIds.Count + 1))).Append('\n');
        foreach (var type in all.Keys.OrderByDescending(t => all[t]).ThenBy(t => t, StringComparer.Ordinal))
        {
            Row(table, type, [.. perSource.Select(counts => Cell(counts.GetValueOrDefault(type))), Cell(all[type])]);
        }

        Row(table, $"**{total}**", [.. perSource.Select(counts => Cell(counts.Values.Sum())), Cell(all.Values.Sum())]);
        return table.ToString();
    }

    private static void Row(StringBuilder table, string first, IEnumerable<string> cells) =>
        table.Append("| ").Append(first).Append(" |").AppendJoin(string.Empty, cells.Select(c => $" {c} |")).Append('\n');

    private static string Cell(int count) => count == 0 ? string.Empty : count.ToString(CultureInfo.InvariantCulture);

    private static string ShortName(string sourceId) => sourceId["source:".Length..];

    private static bool Cites(Core.Model.Relationship relationship, string sourceId) =>
        relationship.Evidence.Any(e => string.Equals(e.SourceId, sourceId, StringComparison.Ordinal));
}
