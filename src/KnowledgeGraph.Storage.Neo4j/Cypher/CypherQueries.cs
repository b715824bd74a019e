using System.Collections.Frozen;
using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Storage.Neo4j.Cypher;

/// <summary>
/// Every Cypher statement the store runs, in one place. Values always travel as
/// <c>$parameters</c>; the only names written into the text are labels and relationship types
/// of the graph schema, checked to be plain identifiers when this class is built. The text
/// avoids what Neo4j 4.4 lacks (<c>elementId</c>, <c>COLLECT {}</c>), so it runs on 4.4 and 5.x.
/// </summary>
internal sealed partial class CypherQueries
{
    /// <summary>The label every entity node carries beside the label of its type.</summary>
    public const string EntityLabel = "Entity";

    /// <summary>The label of source nodes.</summary>
    public const string SourceLabel = "Source";

    /// <summary>The label of the node that records who holds the writer lease.</summary>
    public const string WriterLeaseLabel = "WriterLease";

    /// <summary>The label of the one node that remembers which facts the graph was last brought up to date with.</summary>
    public const string IngestionMarkLabel = "IngestionMark";

    /// <summary>The columns that <see cref="GraphRecords.ReadEntity"/> reads, from a node bound to <c>n</c>.</summary>
    private const string EntityColumns = "n.id, n.type, n.name, n.nameEn, coalesce(n.aliases, []), n.note";

    /// <summary>The columns that <see cref="GraphRecords.ReadSource"/> reads, from a node bound to <c>s</c>.</summary>
    private const string SourceColumns = "s.id, s.title, s.outlet, s.publishedOn, s.file";

    /// <summary>The columns that <see cref="GraphRecords.ReadRelationship"/> reads, from a relationship bound to <c>r</c>.</summary>
    private const string RelationshipColumns =
        "r.id, type(r), startNode(r).id, endNode(r).id, r.role, r.date, r.validFrom, r.validTo, "
        + "r.amountValue, r.amountUnit, r.amountCurrency, r.amountApproximate, r.amountText, r.note, "
        + "coalesce(r.evidenceSources, []), coalesce(r.evidenceQuotes, [])";

    private const string TypesFilter = "($types IS NULL OR n.type IN $types)";
    private const string RelationshipTypesFilter = "($types IS NULL OR type(r) IN $types)";

    private readonly FrozenDictionary<string, string> _upsertEntitiesByType;
    private readonly FrozenDictionary<string, string> _deleteRelationshipsByType;
    private readonly FrozenDictionary<string, string> _deleteMovedRelationshipsByType;
    private readonly FrozenDictionary<string, string> _upsertRelationshipsByType;

    public CypherQueries(GraphSchema schema)
    {
        var labels = schema.EntityTypes.Values.Select(t => t.Label).Order(StringComparer.Ordinal).ToList();
        labels.ForEach(RequireIdentifier);
        foreach (var type in schema.RelationTypes.Keys)
        {
            RequireIdentifier(type);
        }

        RemoveOtherTypeLabels =
            $"UNWIND $rows AS row MATCH (n:{EntityLabel} {{id: row.id}}) WHERE n.type <> row.type REMOVE n:{string.Join(':', labels)}";
        _upsertEntitiesByType = schema.EntityTypes.Values.ToFrozenDictionary(t => t.Name, t =>
            $"UNWIND $rows AS row MERGE (n:{EntityLabel} {{id: row.id}}) SET n = row.properties, n:{t.Label}", StringComparer.Ordinal);
        _deleteRelationshipsByType = schema.RelationTypes.Keys.ToFrozenDictionary(t => t, t =>
            $"UNWIND $ids AS id MATCH ()-[r:{t} {{id: id}}]->() DELETE r", StringComparer.Ordinal);
        _deleteMovedRelationshipsByType = schema.RelationTypes.Keys.ToFrozenDictionary(t => t, t =>
            $"UNWIND $rows AS row MATCH (a)-[r:{t} {{id: row.id}}]->(b) WHERE type(r) <> row.type OR a.id <> row.fromId OR b.id <> row.toId DELETE r",
            StringComparer.Ordinal);
        _upsertRelationshipsByType = schema.RelationTypes.Keys.ToFrozenDictionary(t => t, t =>
            $"UNWIND $rows AS row MATCH (a:{EntityLabel} {{id: row.fromId}}) MATCH (b:{EntityLabel} {{id: row.toId}}) "
            + $"MERGE (a)-[r:{t} {{id: row.id}}]->(b) SET r = row.properties",
            StringComparer.Ordinal);
        RelationTypes = [.. schema.RelationTypes.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>The relationship types of the schema, in ordinal order: one delete statement runs per type.</summary>
    public IReadOnlyList<string> RelationTypes { get; }

    // Reads.

    public static string AllSources => $"MATCH (s:{SourceLabel}) RETURN {SourceColumns} ORDER BY s.id";

    public static string SourcesById => $"MATCH (s:{SourceLabel}) WHERE s.id IN $ids RETURN {SourceColumns} ORDER BY s.id";

    public static string AllEntities => $"MATCH (n:{EntityLabel}) RETURN {EntityColumns} ORDER BY n.id";

    public static string EntitiesById => $"MATCH (n:{EntityLabel}) WHERE n.id IN $ids RETURN {EntityColumns}";

    /// <summary>Entities one of whose names equals <c>$key</c> once ASCII letters are lowered (<c>nameKeys</c> holds them so).</summary>
    public static string EntitiesByNameKey => $"MATCH (n:{EntityLabel}) WHERE $key IN n.nameKeys RETURN {EntityColumns} ORDER BY n.id";

    /// <summary>
    /// The ids of the entities with a search key containing <c>$key</c>, each with the names whose keys do. Neither
    /// ordered nor cut on the server: Neo4j orders strings by code point, the store by UTF-16 code unit.
    /// </summary>
    public static string SearchCandidates =>
        $"MATCH (n:{EntityLabel}) WHERE {TypesFilter} "
        + "WITH n, [i IN range(0, size(n.searchKeys) - 1) WHERE n.searchKeys[i] CONTAINS $key | n.searchNames[i]] AS matched "
        + "WHERE size(matched) > 0 RETURN n.id, matched";

    /// <summary>
    /// The ids of entities from <c>$from</c> on (by code point, a bound that keeps every id after the page's
    /// cursor in UTF-16 order; see <see cref="CodePointLowerBound"/>), for the store to order and cut.
    /// </summary>
    public static string EntityIdsFrom =>
        $"MATCH (n:{EntityLabel}) WHERE {TypesFilter} AND ($from IS NULL OR n.id >= $from) RETURN n.id";

    /// <summary>
    /// The longest start of <paramref name="id"/> made of code units below U+D800. Neo4j compares
    /// strings by code point and the store by UTF-16 code unit; the two agree except where a
    /// code point from U+E000 up meets one beyond U+FFFF (written as surrogates, U+D800 to
    /// U+DFFF, which sort below U+E000). So every id after <paramref name="id"/> in UTF-16
    /// order is at least this start in code point order, and the server can skip the ids
    /// before it.
    /// </summary>
    public static string CodePointLowerBound(string id)
    {
        var end = 0;
        while (end < id.Length && id[end] < '\uD800')
        {
            end++;
        }

        return id[..end];
    }

    /// <summary>The content hash of the fact files the last change set matched, from the one mark node; no row before the first.</summary>
    public static string FactsContentHash => $"MATCH (mark:{IngestionMarkLabel} {{key: 'facts'}}) RETURN mark.contentHash AS hash";

    /// <summary>Records a change set's content hash in its own transaction; a null <c>$hash</c> removes the property.</summary>
    public static string RecordFactsContentHash => $"MERGE (mark:{IngestionMarkLabel} {{key: 'facts'}}) SET mark.contentHash = $hash";

    /// <summary>Succeeds when the server answers at all: the readiness probe.</summary>
    public static string Ping => "RETURN 1";

    /// <summary>
    /// Takes the writer lease when it is free or its holder's time ran out, and answers who holds
    /// it now. Setting <c>_lock</c> first takes the node's write lock, so that a concurrent taker
    /// waits and then reads what this one wrote instead of a stale value (Neo4j's documented
    /// remedy for lost updates).
    /// </summary>
    public static string TakeWriterLease =>
        $"MERGE (l:{WriterLeaseLabel} {{name: $name}}) SET l._lock = true "
        + "WITH l, (l.token IS NULL OR l.expiresAt < $now) AS free "
        + "SET l += CASE WHEN free THEN $properties ELSE {} END REMOVE l._lock "
        + "RETURN l.token = $properties.token, l.holder, l.since";

    /// <summary>Gives the writer lease back, if this holder still has it.</summary>
    public static string ReleaseWriterLease =>
        $"MATCH (l:{WriterLeaseLabel} {{name: $name}}) WHERE l.token = $token DELETE l";

    /// <summary>Waits until every index is online: one created a moment ago is still being populated.</summary>
    public static string AwaitIndexes => "CALL db.awaitIndexes($seconds)";

    public static string AllRelationships => $"MATCH (:{EntityLabel})-[r]->(:{EntityLabel}) RETURN {RelationshipColumns} ORDER BY r.id";

    public static string RelationshipsFrom =>
        $"MATCH (n:{EntityLabel})-[r]->(:{EntityLabel}) WHERE n.id IN $ids AND {RelationshipTypesFilter} RETURN {RelationshipColumns}";

    public static string RelationshipsTo =>
        $"MATCH (:{EntityLabel})-[r]->(n:{EntityLabel}) WHERE n.id IN $ids AND {RelationshipTypesFilter} RETURN {RelationshipColumns}";

    public static string RelationshipsTouching =>
        $"MATCH (n:{EntityLabel})-[r]-(:{EntityLabel}) WHERE n.id IN $ids AND {RelationshipTypesFilter} WITH DISTINCT r RETURN {RelationshipColumns}";

    public static string CountEntitiesByType => $"MATCH (n:{EntityLabel}) RETURN n.type, count(*)";

    public static string CountRelationshipsByType => $"MATCH (:{EntityLabel})-[r]->(:{EntityLabel}) RETURN type(r), count(*)";

    public static string CountSources => $"MATCH (s:{SourceLabel}) RETURN count(s)";

    // Integrity checks, read before a write.

    public static string ExistingEntityIds => $"MATCH (n:{EntityLabel}) WHERE n.id IN $ids RETURN n.id";

    public static string ExistingSourceIds => $"MATCH (s:{SourceLabel}) WHERE s.id IN $ids RETURN s.id";

    public static string RelationshipIdsTouching => $"MATCH (n:{EntityLabel})-[r]-(:{EntityLabel}) WHERE n.id IN $ids RETURN DISTINCT r.id";

    public static string RelationshipIdsCiting =>
        $"MATCH (:{EntityLabel})-[r]->(:{EntityLabel}) WHERE any(source IN r.evidenceSources WHERE source IN $ids) RETURN r.id";

    // Writes, in the order a change set runs them.

    public string DeleteRelationshipsOfType(string type) => Lookup(_deleteRelationshipsByType, type);

    /// <summary>Deletes the stored relationship of an upserted id when its type or ends changed, so the upsert recreates it.</summary>
    public string DeleteMovedRelationshipsOfType(string type) => Lookup(_deleteMovedRelationshipsByType, type);

    /// <summary>A plain <c>DELETE</c>, not <c>DETACH DELETE</c>: Neo4j refuses to commit if a relationship still touches the node.</summary>
    public static string DeleteEntities => $"UNWIND $ids AS id MATCH (n:{EntityLabel} {{id: id}}) DELETE n";

    public static string DeleteSources => $"UNWIND $ids AS id MATCH (s:{SourceLabel} {{id: id}}) DELETE s";

    public static string UpsertSources => $"UNWIND $rows AS row MERGE (s:{SourceLabel} {{id: row.id}}) SET s = row.properties";

    /// <summary>Drops every type label from upserted entities whose type changed; the upsert then adds the new one.</summary>
    public string RemoveOtherTypeLabels { get; }

    public string UpsertEntitiesOfType(string type) => Lookup(_upsertEntitiesByType, type);

    public string UpsertRelationshipsOfType(string type) => Lookup(_upsertRelationshipsByType, type);

    private static string Lookup(FrozenDictionary<string, string> byType, string type) =>
        byType.TryGetValue(type, out var statement)
            ? statement
            : throw new ArgumentException($"'{type}' is not a type of the graph schema.", nameof(type));

    private static void RequireIdentifier(string name)
    {
        if (!Identifier().IsMatch(name))
        {
            throw new GraphSchemaException($"'{name}' cannot be a Neo4j label or relationship type: expected letters, digits and underscores");
        }
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();
}
