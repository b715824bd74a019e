using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Facts;

internal sealed partial class ValidationRun
{
    private Entity? ValidateEntity(string file, RawEntity raw)
    {
        var errorsBefore = _errors.Count;
        Require(file, raw, raw.Id, "id", "an entity");
        Require(file, raw, raw.Type, "type", "an entity");
        Require(file, raw, raw.Name, "name", "an entity");
        CheckNames(file, raw);
        var type = raw.Type is { } typeName ? LookUpEntityType(file, typeName) : null;
        if (raw.Id is { } id)
        {
            CheckEntityId(file, id, type);
            if (Declare(file, id))
            {
                _entities.Add(id.Value, type?.Name, Names(raw));
                RememberForHomonyms(file, raw, id, type);
            }
        }

        if (_errors.Count > errorsBefore || type is null || raw is not { Id: { } validId, Name: { } name })
        {
            return null;
        }

        return new Entity(validId.Value, type.Name, name.Value)
        {
            NameEn = raw.NameEn?.Value,
            Aliases = [.. raw.Aliases.Select(a => a.Value)],
            Note = raw.Note?.Value,
        };
    }

    private EntityTypeDefinition? LookUpEntityType(string file, Scalar type)
    {
        if (schema.EntityTypes.TryGetValue(type.Value, out var definition))
        {
            return definition;
        }

        Error(file, type.At, FactErrorCodes.UnknownType,
            $"unknown entity type '{type.Value}'; {Suggest(type.Value, schema.EntityTypes.Keys)}");
        return null;
    }

    private void CheckEntityId(string file, Scalar id, EntityTypeDefinition? type)
    {
        if (type is not null)
        {
            CheckIdShape(file, id, type.IdPrefix, $"a {type.Name} entity");
        }
        else if (!FactIds.HasSomePrefixAndSlug(id.Value))
        {
            Error(file, id.At, FactErrorCodes.InvalidId,
                $"id '{id.Value}' must be '<prefix>:<slug>', the prefix that of its type, the slug made of lowercase ASCII letters and digits in words joined by single hyphens");
        }
    }

    private static IEnumerable<string> Names(RawEntity raw) =>
        new[] { raw.Name, raw.NameEn }.OfType<Scalar>().Concat(raw.Aliases).Select(n => n.Value);
}
