using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Facts;

internal sealed partial class ValidationRun
{
    private const string What = "a relationship";

    private Relationship? ValidateRelationship(string file, RawRelationship raw)
    {
        var errorsBefore = _errors.Count;
        Require(file, raw, raw.Type, "type", What);
        var type = raw.Type is { } typeName ? LookUpRelationType(file, typeName) : null;
        var from = Resolve(file, raw, raw.From, "from");
        var to = Resolve(file, raw, raw.To, "to");
        CheckNotSelfLoop(file, raw, from, to);
        if (type is not null)
        {
            CheckEnd(file, type, raw.From, from, "from", type.FromTypes);
            CheckEnd(file, type, raw.To, to, "to", type.ToTypes);
        }

        var (date, validFrom, validTo) = ValidateTimes(file, raw, type);
        ValidateRole(file, raw, type);
        var multiSite = ValidateMultiSite(file, raw, type);
        var amount = ValidateAmount(file, raw, type);
        var evidence = ValidateEvidence(file, raw);
        CheckTimeAgainstSources(file, raw, type, date, validFrom, evidence);
        if (raw.Id is { } explicitId)
        {
            CheckIdShape(file, explicitId, FactIds.RelationshipPrefix, What);
            Declare(file, explicitId);
        }

        if (_errors.Count > errorsBefore || type is null || from.Id is not { } fromId || to.Id is not { } toId)
        {
            return null;
        }

        var time = type.Temporality == Temporality.Event ? date : validFrom;
        var role = raw.Role?.Value;
        if (!ClaimIdentity(file, raw, type, fromId, toId, role, time))
        {
            return null;
        }

        RememberContainment(file, raw, type, fromId, toId, validFrom, validTo, multiSite);

        return new Relationship(raw.Id?.Value ?? RelationshipIds.Derive(type.Name, fromId, toId, role, time), type.Name, fromId, toId)
        {
            Role = role,
            Date = date,
            ValidFrom = validFrom,
            ValidTo = validTo,
            Amount = amount,
            Note = raw.Note?.Value,
            Evidence = evidence,
        };
    }

    private RelationTypeDefinition? LookUpRelationType(string file, Scalar type)
    {
        if (schema.RelationTypes.TryGetValue(type.Value, out var definition))
        {
            return definition;
        }

        Error(file, type.At, FactErrorCodes.UnknownType,
            $"unknown relationship type '{type.Value}'; {Suggest(type.Value, schema.RelationTypes.Keys)}");
        return null;
    }

    private EntityReference Resolve(string file, RawRelationship raw, Scalar? reference, string key)
    {
        if (!Require(file, raw, reference, key, What))
        {
            return new EntityReference(null, null, []);
        }

        var resolved = _entities.Resolve(reference!.Value);
        if (resolved.Candidates.Count > 0)
        {
            Error(file, reference.At, FactErrorCodes.AmbiguousReference,
                $"'{key}' names '{reference.Value}', which is ambiguous: it is a name of {string.Join(", ", resolved.Candidates)}; write the id instead");
        }
        else if (resolved.Id is null)
        {
            Error(file, reference.At, FactErrorCodes.UnknownReference,
                $"'{key}' names '{reference.Value}', which is neither an entity id nor an entity's name or alias; declare the entity or fix the reference");
        }

        return resolved;
    }

    private void CheckEnd(string file, RelationTypeDefinition type, Scalar? reference, EntityReference end, string key, IReadOnlySet<string> allowed)
    {
        if (reference is null || end.Type is null || allowed.Contains(end.Type))
        {
            return;
        }

        Error(file, reference.At, FactErrorCodes.ForbiddenJoin,
            $"{type.Name} cannot have '{key}' {end.Id}, a {end.Type}; its '{key}' must be one of: {string.Join(", ", allowed.Order(StringComparer.Ordinal))}");
    }

    private (PartialDate? Date, PartialDate? ValidFrom, PartialDate? ValidTo) ValidateTimes(string file, RawRelationship raw, RelationTypeDefinition? type)
    {
        var date = ParseDate(file, raw.Date, "date");
        var validFrom = ParseDate(file, raw.ValidFrom, "validFrom");
        var validTo = ParseDate(file, raw.ValidTo, "validTo");
        if (type?.Temporality == Temporality.Event)
        {
            foreach (var (value, key) in new[] { (raw.ValidFrom, "validFrom"), (raw.ValidTo, "validTo") })
            {
                if (value is not null)
                {
                    Error(file, value.At, FactErrorCodes.WrongTimeField,
                        $"'{key}' belongs to states, but {type.Name} is an event: give its 'date' instead");
                }
            }
        }
        else if (type?.Temporality == Temporality.State && raw.Date is { } stray)
        {
            Error(file, stray.At, FactErrorCodes.WrongTimeField,
                $"'date' belongs to events, but {type.Name} is a state: give 'validFrom' and 'validTo' instead");
        }

        if (validFrom is { } start && validTo is { } end && start.Start > end.End)
        {
            Error(file, raw.ValidFrom!.At, FactErrorCodes.InvalidInterval,
                $"'validFrom' {start} is after 'validTo' {end}");
        }

        return (date, validFrom, validTo);
    }

    private void ValidateRole(string file, RawRelationship raw, RelationTypeDefinition? type)
    {
        if (type?.Role == PropertyRule.Required && raw.Role is null && !raw.MalformedKeys.Contains("role"))
        {
            Error(file, raw.At, FactErrorCodes.RoleRequired,
                $"{type.Name} needs a 'role', the position held (e.g. 市委书记)");
        }
        else if (type?.Role == PropertyRule.Forbidden && raw.Role is { } role)
        {
            Error(file, role.At, FactErrorCodes.RoleForbidden,
                $"{type.Name} takes no 'role'; only {TypesAllowing(t => t.Role)} do");
        }
    }

    /// <summary>The curator's word that an organisation is in several cities at once (see <see cref="CheckOneCityAtATime"/>).</summary>
    private bool ValidateMultiSite(string file, RawRelationship raw, RelationTypeDefinition? type)
    {
        if (raw.MultiSite is not { } flag)
        {
            return false;
        }

        if (type is { Containment: false })
        {
            Error(file, flag.At, FactErrorCodes.InvalidMultiSite,
                $"{type.Name} takes no 'multiSite'; it marks one of several sites of an organisation, so only {ContainmentTypes} do");
            return false;
        }

        if (!bool.TryParse(flag.Value, out var multiSite))
        {
            Error(file, flag.At, FactErrorCodes.InvalidMultiSite, $"'multiSite' must be true or false, not '{flag.Value}'");
        }

        return multiSite;
    }

    private List<Evidence> ValidateEvidence(string file, RawRelationship raw)
    {
        if (raw.Evidence is null or { Count: 0 })
        {
            if (!raw.MalformedKeys.Contains("evidence"))
            {
                Error(file, raw.At, FactErrorCodes.MissingEvidence,
                    "a relationship needs 'evidence': at least one item with a 'source' and a verbatim 'quote'");
            }

            return [];
        }

        var evidence = new List<Evidence>();
        foreach (var item in raw.Evidence)
        {
            // Both checks run (no short circuit) so that an item missing both fields reports both.
            var complete = Require(file, item, item.Source, "source", "an evidence item")
                & Require(file, item, item.Quote, "quote", "an evidence item");
            if (item.Source is { } source && !_sourceIds.Contains(source.Value))
            {
                Error(file, source.At, FactErrorCodes.UnknownSource,
                    $"evidence cites '{source.Value}', which no file declares under 'sources'");
            }
            else if (complete && !CheckVisible(file, item.Quote!, "quote"))
            {
                evidence.Add(new Evidence(item.Source!.Value, item.Quote!.Value));
                CheckQuote(file, item.Source!, item.Quote!);
            }
        }

        return evidence;
    }

    /// <summary>
    /// Claims the relationship's identity for the run. Symmetric types (MET) read the same
    /// both ways, so A→B and B→A on the same date are one fact.
    /// </summary>
    private bool ClaimIdentity(string file, RawRelationship raw, RelationTypeDefinition type, string fromId, string toId, string? role, PartialDate? time)
    {
        var (first, second) = type.Symmetric && string.CompareOrdinal(fromId, toId) > 0 ? (toId, fromId) : (fromId, toId);
        var key = RelationshipIds.IdentityKey(type.Name, first, second, role, time);
        if (_identitiesAt.TryGetValue(key, out var earlier))
        {
            var timeKey = type.Temporality == Temporality.Event ? "date" : "validFrom";
            Error(file, raw.At, FactErrorCodes.DuplicateRelationship,
                $"this {type.Name} from {fromId} to {toId} repeats the one at {earlier} (same type, ends, role and {timeKey}); merge them into one entry with several evidence items");
            return false;
        }

        _identitiesAt[key] = Location(file, raw.At);
        return true;
    }

    private string ContainmentTypes => string.Join(", ", schema.ContainmentTypes.Order(StringComparer.Ordinal));

    private string TypesAllowing(Func<RelationTypeDefinition, PropertyRule> rule) =>
        string.Join(", ", schema.RelationTypes.Values.Where(t => rule(t) != PropertyRule.Forbidden).Select(t => t.Name).Order(StringComparer.Ordinal));
}
