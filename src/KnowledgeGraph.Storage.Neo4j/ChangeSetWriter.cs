using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Neo4j.Cypher;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// Applies a change set in one transaction. First it checks the change set against the schema
/// and, with one read, against what is stored: a relationship must end at entities that will
/// exist and cite sources that will exist; an entity or source may go only when nothing kept
/// still touches or cites it. Then it sends every write as one unit — deletes, then upserts,
/// as <c>UNWIND</c> batches that <c>MERGE</c> by id, so a retried unit changes nothing twice.
/// The read and the write are two transactions: the check assumes one writer at a time (the
/// ingestion worker). Even so, entities are deleted with a plain <c>DELETE</c>, so Neo4j
/// itself refuses to commit a delete that a concurrent writer made unsafe.
/// </summary>
internal sealed class ChangeSetWriter(ICypherRunner runner, CypherQueries queries, GraphSchema schema, int batchSize)
{
    private const string Purpose = "apply the change set";

    public async Task ApplyAsync(GraphChangeSet changes, CancellationToken cancellationToken)
    {
        var plan = ChangeSetPlan.From(changes);
        RequireSchemaTypes(plan);
        await RequireIntegrityAsync(plan, cancellationToken);
        var statements = WriteStatements(plan);
        if (statements.Count > 0)
        {
            await runner.RunAsync(statements, AccessMode.Write, cancellationToken);
        }
    }

    private void RequireSchemaTypes(ChangeSetPlan plan)
    {
        if (plan.Entities.FirstOrDefault(e => !schema.EntityTypes.ContainsKey(e.Type)) is { } entity)
        {
            throw Refused($"entity {entity.Id} has type '{entity.Type}', which the graph schema does not define");
        }

        if (plan.Relationships.FirstOrDefault(r => !schema.RelationTypes.ContainsKey(r.Type)) is { } relationship)
        {
            throw Refused($"relationship {relationship.Id} has type '{relationship.Type}', which the graph schema does not define");
        }
    }

    private async Task RequireIntegrityAsync(ChangeSetPlan plan, CancellationToken cancellationToken)
    {
        var referencedEntities = plan.Relationships.SelectMany(r => new[] { r.FromId, r.ToId }).ToHashSet(StringComparer.Ordinal);
        var citedSources = plan.Relationships.SelectMany(r => r.Evidence.Select(e => e.SourceId)).ToHashSet(StringComparer.Ordinal);
        var checks = new List<(string Text, IReadOnlyCollection<string> Ids)>
        {
            (CypherQueries.ExistingEntityIds, referencedEntities),
            (CypherQueries.ExistingSourceIds, citedSources),
            (CypherQueries.RelationshipIdsTouching, plan.DeleteEntityIds),
            (CypherQueries.RelationshipIdsCiting, plan.DeleteSourceIds),
        };
        var statements = checks.Where(c => c.Ids.Count > 0)
            .Select(c => new CypherStatement($"{Purpose} (check what it refers to)", c.Text, new Dictionary<string, object?> { ["ids"] = c.Ids.ToList() }))
            .ToList();
        var results = statements.Count == 0 ? [] : await runner.RunAsync(statements, AccessMode.Read, cancellationToken);
        var found = new Queue<HashSet<string>>(results.Select(r => r.Rows.Select(row => GraphRecords.Text(row[0])).ToHashSet(StringComparer.Ordinal)));
        var next = (IReadOnlyCollection<string> ids) => ids.Count > 0 ? found.Dequeue() : [];

        var existingEntities = next(referencedEntities);
        var existingSources = next(citedSources);
        var touchingDeletedEntities = next(plan.DeleteEntityIds);
        var citingDeletedSources = next(plan.DeleteSourceIds);

        var entityWillExist = (string id) => plan.UpsertedEntityIds.Contains(id) || (existingEntities.Contains(id) && !plan.DeleteEntityIds.Contains(id));
        var sourceWillExist = (string id) => plan.UpsertedSourceIds.Contains(id) || (existingSources.Contains(id) && !plan.DeleteSourceIds.Contains(id));
        var keptUntouched = (string id) => !plan.DeleteRelationshipIds.Contains(id) && !plan.UpsertedRelationshipIds.Contains(id);

        if (plan.Relationships.FirstOrDefault(r => !entityWillExist(r.FromId) || !entityWillExist(r.ToId)) is { } dangling)
        {
            throw Refused($"relationship {dangling.Id} would join a missing entity ({(entityWillExist(dangling.FromId) ? dangling.ToId : dangling.FromId)})");
        }

        if (touchingDeletedEntities.Where(keptUntouched).Order(StringComparer.Ordinal).FirstOrDefault() is { } orphaned)
        {
            throw Refused($"relationship {orphaned} would join a missing entity (the change set deletes one of its ends)");
        }

        if (plan.Relationships.FirstOrDefault(r => r.Evidence.Any(e => !sourceWillExist(e.SourceId))) is { } uncited)
        {
            throw Refused($"relationship {uncited.Id} would cite a missing source ({uncited.Evidence.First(e => !sourceWillExist(e.SourceId)).SourceId})");
        }

        if (citingDeletedSources.Where(keptUntouched).Order(StringComparer.Ordinal).FirstOrDefault() is { } unproven)
        {
            throw Refused($"relationship {unproven} would cite a missing source (the change set deletes a source it cites)");
        }
    }

    private List<CypherStatement> WriteStatements(ChangeSetPlan plan)
    {
        var statements = new List<CypherStatement>();
        foreach (var type in queries.RelationTypes)
        {
            statements.AddRange(Batches("delete relationships", queries.DeleteRelationshipsOfType(type), "ids", plan.DeleteRelationshipIds));
        }

        // The stored relationship of an upserted id may have any type, so every type's index is searched.
        foreach (var type in queries.RelationTypes)
        {
            statements.AddRange(Batches("replace moved relationships", queries.DeleteMovedRelationshipsOfType(type), "rows", plan.Relationships.Select(RelationshipKey)));
        }

        statements.AddRange(Batches("delete entities", CypherQueries.DeleteEntities, "ids", plan.DeleteEntityIds));
        statements.AddRange(Batches("delete sources", CypherQueries.DeleteSources, "ids", plan.DeleteSourceIds));
        statements.AddRange(Batches("upsert sources", CypherQueries.UpsertSources, "rows",
            plan.Sources.Select(s => Row(s.Id, GraphRecords.SourceProperties(s)))));
        statements.AddRange(Batches("retype entities", queries.RemoveOtherTypeLabels, "rows",
            plan.Entities.Select(e => new Dictionary<string, object?> { ["id"] = e.Id, ["type"] = e.Type })));
        foreach (var byType in plan.Entities.GroupBy(e => e.Type, StringComparer.Ordinal))
        {
            statements.AddRange(Batches($"upsert {byType.Key} entities", queries.UpsertEntitiesOfType(byType.Key), "rows",
                byType.Select(e => Row(e.Id, GraphRecords.EntityProperties(e)))));
        }

        foreach (var byType in plan.Relationships.GroupBy(r => r.Type, StringComparer.Ordinal))
        {
            statements.AddRange(Batches($"upsert {byType.Key} relationships", queries.UpsertRelationshipsOfType(byType.Key), "rows",
                byType.Select(r => new Dictionary<string, object?>(RelationshipKey(r)) { ["properties"] = GraphRecords.RelationshipProperties(r) })));
        }

        statements.Add(new CypherStatement("record the content hash of the fact files", CypherQueries.RecordFactsContentHash,
            new Dictionary<string, object?> { ["hash"] = plan.FactsContentHash }));
        return statements;
    }

    private static Dictionary<string, object?> RelationshipKey(Relationship relationship) => new(StringComparer.Ordinal)
    {
        ["id"] = relationship.Id,
        ["type"] = relationship.Type,
        ["fromId"] = relationship.FromId,
        ["toId"] = relationship.ToId,
    };

    private static Dictionary<string, object?> Row(string id, Dictionary<string, object?> properties) =>
        new(StringComparer.Ordinal) { ["id"] = id, ["properties"] = properties };

    private IEnumerable<CypherStatement> Batches<T>(string what, string text, string parameter, IEnumerable<T> rows) =>
        rows.Chunk(batchSize).Select(batch =>
            new CypherStatement($"{Purpose} ({what})", text, new Dictionary<string, object?> { [parameter] = batch }));

    private static GraphStoreException Refused(string problem) =>
        new($"the change set was refused and nothing changed: {problem}", isTransient: false);
}
