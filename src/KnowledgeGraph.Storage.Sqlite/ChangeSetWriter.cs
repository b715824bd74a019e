using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using Microsoft.Data.Sqlite;
using static SQLitePCL.raw;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// Writes one change set inside the session's transaction, in the port's order: relationships,
/// entities, then sources are deleted; sources, entities, then relationships are upserted.
/// Foreign keys are checked statement by statement, so the first record that would break the
/// graph fails there and is explained by name; the caller's rollback then undoes everything.
/// </summary>
internal sealed class ChangeSetWriter(SqliteSession session)
{
    private const string DeleteRelationship = """
        DELETE FROM evidence WHERE relationship_id = $id;
        DELETE FROM relationships WHERE id = $id;
        """;

    private const string DeleteEntity = """
        DELETE FROM entity_names WHERE entity_id = $id;
        DELETE FROM entity_aliases WHERE entity_id = $id;
        DELETE FROM entities WHERE id = $id;
        """;

    private const string DeleteSource = "DELETE FROM sources WHERE id = $id";

    // Upserts update in place rather than delete and insert, so that rows referring to the
    // record (relationships to an entity, evidence citing a source) keep a valid target.
    private const string UpsertSource = """
        INSERT INTO sources (id, title, outlet, published_on, file) VALUES ($id, $title, $outlet, $publishedOn, $file)
        ON CONFLICT (id) DO UPDATE SET title = excluded.title, outlet = excluded.outlet,
            published_on = excluded.published_on, file = excluded.file
        """;

    private const string UpsertEntity = """
        INSERT INTO entities (id, type, name, name_en, note) VALUES ($id, $type, $name, $nameEn, $note)
        ON CONFLICT (id) DO UPDATE SET type = excluded.type, name = excluded.name, name_en = excluded.name_en, note = excluded.note;
        DELETE FROM entity_names WHERE entity_id = $id;
        DELETE FROM entity_aliases WHERE entity_id = $id;
        """;

    private const string InsertAlias = "INSERT INTO entity_aliases (entity_id, position, alias) VALUES ($entityId, $position, $alias)";

    private const string InsertName = "INSERT INTO entity_names (entity_id, name, search_key) VALUES ($entityId, $name, $searchKey)";

    private const string UpsertRelationship = """
        INSERT INTO relationships (id, type, from_id, to_id, role, date, valid_from, valid_to,
            amount_value, amount_unit, amount_currency, amount_approximate, amount_text, note)
        VALUES ($id, $type, $fromId, $toId, $role, $date, $validFrom, $validTo,
            $amountValue, $amountUnit, $amountCurrency, $amountApproximate, $amountText, $note)
        ON CONFLICT (id) DO UPDATE SET type = excluded.type, from_id = excluded.from_id, to_id = excluded.to_id,
            role = excluded.role, date = excluded.date, valid_from = excluded.valid_from, valid_to = excluded.valid_to,
            amount_value = excluded.amount_value, amount_unit = excluded.amount_unit, amount_currency = excluded.amount_currency,
            amount_approximate = excluded.amount_approximate, amount_text = excluded.amount_text, note = excluded.note;
        DELETE FROM evidence WHERE relationship_id = $id;
        """;

    private const string InsertEvidence = "INSERT INTO evidence (relationship_id, position, source_id, quote) VALUES ($relationshipId, $position, $sourceId, $quote)";

    private const string FirstRelationshipTouching = $"""
        SELECT id FROM relationships WHERE from_id = $id OR to_id = $id
        ORDER BY id COLLATE {SqliteDatabase.OrdinalCollation} LIMIT 1
        """;

    private const string FirstRelationshipCiting = $"""
        SELECT relationship_id FROM evidence WHERE source_id = $id
        ORDER BY relationship_id COLLATE {SqliteDatabase.OrdinalCollation} LIMIT 1
        """;

    private const string EntityTypeExists = "SELECT EXISTS (SELECT 1 FROM entity_types WHERE name = $id)";
    private const string RelationTypeExists = "SELECT EXISTS (SELECT 1 FROM relation_types WHERE name = $id)";
    private const string EntityExists = "SELECT EXISTS (SELECT 1 FROM entities WHERE id = $id)";
    private const string SourceExists = "SELECT EXISTS (SELECT 1 FROM sources WHERE id = $id)";

    public async Task ApplyAsync(GraphChangeSet changes, CancellationToken cancellationToken)
    {
        foreach (var id in changes.DeleteRelationshipIds)
        {
            await session.ExecuteAsync(DeleteRelationship, cancellationToken, ("$id", id));
        }

        foreach (var source in changes.UpsertSources)
        {
            await WriteSourceAsync(source, cancellationToken);
        }

        foreach (var entity in changes.UpsertEntities)
        {
            await WriteEntityAsync(entity, cancellationToken);
        }

        foreach (var relationship in changes.UpsertRelationships)
        {
            await WriteRelationshipAsync(relationship, cancellationToken);
        }

        // Entities and sources go last: an upserted relationship may stop citing a deleted
        // source (its evidence moved to another article), and only after the upsert has
        // replaced its evidence does nothing cite that source any more.
        foreach (var id in changes.DeleteEntityIds)
        {
            await WriteAsync($"entity '{id}'", DeleteEntity, ct => ExplainEntityDeletionAsync(id, ct), cancellationToken, ("$id", id));
        }

        foreach (var id in changes.DeleteSourceIds)
        {
            await WriteAsync($"source '{id}'", DeleteSource, ct => ExplainSourceDeletionAsync(id, ct), cancellationToken, ("$id", id));
        }

        await session.ExecuteAsync(SqliteSchema.AdvanceGraphVersion, cancellationToken, ("$hash", changes.FactsContentHash));
    }

    private Task WriteSourceAsync(Source source, CancellationToken cancellationToken) =>
        WriteAsync(
            $"source '{source.Id}'",
            UpsertSource,
            _ => Task.FromResult<string?>(null),
            cancellationToken,
            ("$id", source.Id),
            ("$title", source.Title),
            ("$outlet", source.Outlet),
            ("$publishedOn", source.PublishedOn?.ToString()),
            ("$file", source.File));

    private async Task WriteEntityAsync(Entity entity, CancellationToken cancellationToken)
    {
        await WriteAsync(
            $"entity '{entity.Id}'",
            UpsertEntity,
            ct => ExplainEntityAsync(entity, ct),
            cancellationToken,
            ("$id", entity.Id),
            ("$type", entity.Type),
            ("$name", entity.Name),
            ("$nameEn", entity.NameEn),
            ("$note", entity.Note));
        for (var position = 0; position < entity.Aliases.Count; position++)
        {
            await session.ExecuteAsync(InsertAlias, cancellationToken, ("$entityId", entity.Id), ("$position", position), ("$alias", entity.Aliases[position]));
        }

        foreach (var name in entity.AllNames.Distinct(StringComparer.Ordinal))
        {
            await session.ExecuteAsync(InsertName, cancellationToken, ("$entityId", entity.Id), ("$name", name), ("$searchKey", SearchKeys.Normalize(name)));
        }
    }

    private async Task WriteRelationshipAsync(Relationship relationship, CancellationToken cancellationToken)
    {
        var amount = relationship.Amount;
        await WriteAsync(
            $"relationship '{relationship.Id}'",
            UpsertRelationship,
            ct => ExplainRelationshipAsync(relationship, ct),
            cancellationToken,
            ("$id", relationship.Id),
            ("$type", relationship.Type),
            ("$fromId", relationship.FromId),
            ("$toId", relationship.ToId),
            ("$role", relationship.Role),
            ("$date", relationship.Date?.ToString()),
            ("$validFrom", relationship.ValidFrom?.ToString()),
            ("$validTo", relationship.ValidTo?.ToString()),
            ("$amountValue", amount is null ? null : RelationshipRows.AmountText(amount.Value)),
            ("$amountUnit", amount?.Unit),
            ("$amountCurrency", amount?.Currency),
            ("$amountApproximate", amount is null ? null : amount.Approximate ? 1 : 0),
            ("$amountText", amount?.Text),
            ("$note", relationship.Note));
        for (var position = 0; position < relationship.Evidence.Count; position++)
        {
            var evidence = relationship.Evidence[position];
            await WriteAsync(
                $"evidence {position} of relationship '{relationship.Id}'",
                InsertEvidence,
                ct => ExplainEvidenceAsync(relationship.Id, evidence, ct),
                cancellationToken,
                ("$relationshipId", relationship.Id),
                ("$position", position),
                ("$sourceId", evidence.SourceId),
                ("$quote", evidence.Quote));
        }
    }

    /// <summary>
    /// Runs one statement that writes <paramref name="record"/>; when it breaks a constraint,
    /// fails with the explanation that <paramref name="explain"/> finds, or SQLite's own words.
    /// </summary>
    private async Task WriteAsync(
        string record,
        string sql,
        Func<CancellationToken, Task<string?>> explain,
        CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        try
        {
            await session.ExecuteAsync(sql, cancellationToken, parameters);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SQLITE_CONSTRAINT)
        {
            var reason = await explain(cancellationToken) ?? $"{record} was refused: {e.Message}";
            throw new GraphStoreException($"the change set was not applied: {reason}", isTransient: false, e);
        }
    }

    private async Task<string?> ExplainEntityDeletionAsync(string id, CancellationToken cancellationToken) =>
        await session.ScalarAsync(FirstRelationshipTouching, cancellationToken, ("$id", id)) is string relationshipId
            ? $"entity '{id}' cannot be deleted: relationship '{relationshipId}' still touches it; retract that relationship in the same change set"
            : null;

    private async Task<string?> ExplainSourceDeletionAsync(string id, CancellationToken cancellationToken) =>
        await session.ScalarAsync(FirstRelationshipCiting, cancellationToken, ("$id", id)) is string relationshipId
            ? $"source '{id}' cannot be deleted: relationship '{relationshipId}' still cites it; retract that relationship in the same change set"
            : null;

    private async Task<string?> ExplainEntityAsync(Entity entity, CancellationToken cancellationToken) =>
        await ExistsAsync(EntityTypeExists, entity.Type, cancellationToken)
            ? null
            : $"entity '{entity.Id}' has type '{entity.Type}', which the graph schema does not define";

    private async Task<string?> ExplainRelationshipAsync(Relationship relationship, CancellationToken cancellationToken)
    {
        if (!await ExistsAsync(RelationTypeExists, relationship.Type, cancellationToken))
        {
            return $"relationship '{relationship.Id}' has type '{relationship.Type}', which the graph schema does not define";
        }

        if (!await ExistsAsync(EntityExists, relationship.FromId, cancellationToken))
        {
            return $"relationship '{relationship.Id}' starts at entity '{relationship.FromId}', which does not exist";
        }

        return await ExistsAsync(EntityExists, relationship.ToId, cancellationToken)
            ? null
            : $"relationship '{relationship.Id}' ends at entity '{relationship.ToId}', which does not exist";
    }

    private async Task<string?> ExplainEvidenceAsync(string relationshipId, Evidence evidence, CancellationToken cancellationToken) =>
        await ExistsAsync(SourceExists, evidence.SourceId, cancellationToken)
            ? null
            : $"relationship '{relationshipId}' cites source '{evidence.SourceId}', which does not exist";

    private async Task<bool> ExistsAsync(string sql, string id, CancellationToken cancellationToken) =>
        await session.ScalarAsync(sql, cancellationToken, ("$id", id)) is long found && found != 0;
}
