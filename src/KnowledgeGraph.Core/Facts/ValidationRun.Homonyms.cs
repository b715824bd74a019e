using System.Globalization;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Facts;

/// <summary>
/// Names that would make one entity two, or two entities one: a name or alias a curator
/// reuses for another entity of the same type is almost always that entity declared again
/// under a new id, and an alias that is another entity's name or id makes references by it
/// ambiguous. Names compare as the stores' <c>FindByNameAsync</c> does (ordinal, ASCII case
/// ignored). Entities that really are different say so with <c>distinctFrom</c> and a note.
/// </summary>
internal sealed partial class ValidationRun
{
    private readonly List<DeclaredEntity> _declaredEntities = [];

    private void RememberForHomonyms(string file, RawEntity raw, Scalar id, EntityTypeDefinition? type)
    {
        if (type is not null)
        {
            _declaredEntities.Add(new DeclaredEntity(file, raw, id, type.Name));
        }
    }

    private void CheckHomonyms()
    {
        var byId = new Dictionary<string, DeclaredEntity>(AsciiCaseInsensitiveComparer.Instance);
        var byName = new Dictionary<string, List<DeclaredEntity>>(AsciiCaseInsensitiveComparer.Instance);
        foreach (var entity in _declaredEntities)
        {
            byId.TryAdd(entity.Id, entity);
            foreach (var name in entity.Names.Select(n => n.Value.Value).Distinct(AsciiCaseInsensitiveComparer.Instance))
            {
                if (!byName.TryGetValue(name, out var holders))
                {
                    byName[name] = holders = [];
                }

                holders.Add(entity);
            }
        }

        var distinct = DistinctPairs();
        foreach (var entity in _declaredEntities)
        {
            foreach (var name in entity.Names)
            {
                CheckName(entity, name, byId, byName, distinct);
            }
        }
    }

    /// <summary>Reports one clash per name: the first earlier entity of the same type holding it, else another entity whose name or id the alias is.</summary>
    private void CheckName(
        DeclaredEntity entity,
        EntityName name,
        Dictionary<string, DeclaredEntity> byId,
        Dictionary<string, List<DeclaredEntity>> byName,
        HashSet<(string, string)> distinct)
    {
        bool Clashes(DeclaredEntity other) => !ReferenceEquals(other, entity) && !distinct.Contains((entity.Id, other.Id));

        var holders = byName[name.Value.Value];
        var earlierOfSameType = holders.TakeWhile(other => !ReferenceEquals(other, entity))
            .FirstOrDefault(other => other.Type == entity.Type && Clashes(other));
        if (earlierOfSameType is not null)
        {
            Error(entity.File, name.Value.At, FactErrorCodes.Homonym,
                $"{name.Key} '{name.Value.Value}' of {entity.Id} is also {Describe(earlierOfSameType, name.Value.Value)}, another {entity.Type}; "
                + $"{DidYouMean(earlierOfSameType)} {IfDifferent(earlierOfSameType)}");
            return;
        }

        if (name.Key != "alias")
        {
            return;
        }

        var namedAsOther = holders.FirstOrDefault(other => other.Type != entity.Type && Clashes(other) && other.IsPrimarilyNamed(name.Value.Value));
        if (namedAsOther is not null)
        {
            Error(entity.File, name.Value.At, FactErrorCodes.AliasCollision,
                $"alias '{name.Value.Value}' of {entity.Id} is {Describe(namedAsOther, name.Value.Value)}, a {namedAsOther.Type}, so a reference by it would name both; "
                + $"{DidYouMean(namedAsOther)} {IfDifferent(namedAsOther)}");
        }
        else if (byId.TryGetValue(name.Value.Value, out var idOfOther) && Clashes(idOfOther))
        {
            Error(entity.File, name.Value.At, FactErrorCodes.AliasCollision,
                $"alias '{name.Value.Value}' of {entity.Id} is the id of {idOfOther.Id}, and an id always wins over a name in a reference; "
                + $"{DidYouMean(idOfOther)} {IfDifferent(idOfOther)}");
        }
    }

    /// <summary>The pairs declared distinct, in both orders; reports a <c>distinctFrom</c> naming no entity, the entity itself, or lacking a note.</summary>
    private HashSet<(string, string)> DistinctPairs()
    {
        var pairs = new HashSet<(string, string)>();
        var entityIds = _declaredEntities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var entity in _declaredEntities.Where(e => e.Raw.DistinctFrom.Count > 0))
        {
            if (entity.Raw.Note is null)
            {
                Error(entity.File, entity.Raw.At, FactErrorCodes.MissingField,
                    $"{entity.Id} declares 'distinctFrom' but has no 'note'; say in a note how the entities differ, as the articles show");
            }

            foreach (var other in entity.Raw.DistinctFrom)
            {
                if (string.Equals(other.Value, entity.Id, StringComparison.Ordinal))
                {
                    Error(entity.File, other.At, FactErrorCodes.InvalidDistinctFrom, $"{entity.Id} cannot be distinct from itself");
                }
                else if (!entityIds.Contains(other.Value))
                {
                    Error(entity.File, other.At, FactErrorCodes.InvalidDistinctFrom,
                        $"'distinctFrom' of {entity.Id} names '{other.Value}', which no file declares as an entity; 'distinctFrom' lists entity ids");
                }
                else
                {
                    pairs.Add((entity.Id, other.Value));
                    pairs.Add((other.Value, entity.Id));
                }
            }
        }

        return pairs;
    }

    private static string Describe(DeclaredEntity other, string name) =>
        other.Names.First(n => AsciiCaseInsensitiveComparer.Instance.Equals(n.Value.Value, name)).Key switch
        {
            "name" => $"the name of {other.Id}",
            "nameEn" => $"the English name of {other.Id}",
            _ => $"an alias of {other.Id}",
        };

    private static string DidYouMean(DeclaredEntity other) =>
        string.Create(CultureInfo.InvariantCulture,
            $"did you mean {other.Id} ({other.Raw.Name?.Value ?? other.Id}, declared at {other.File}:{other.IdAt.Line})?");

    private static string IfDifferent(DeclaredEntity other) =>
        $"If they are different, give one of them 'distinctFrom: [{other.Id}]' and a note saying how they differ.";

    /// <summary>A name, English name or alias of an entity, and which of them it is.</summary>
    private sealed record EntityName(string Key, Scalar Value);

    private sealed record DeclaredEntity(string File, RawEntity Raw, Scalar IdScalar, string Type)
    {
        public string Id => IdScalar.Value;

        public Position IdAt => IdScalar.At;

        public IReadOnlyList<EntityName> Names { get; } =
        [
            .. new[] { ("name", Raw.Name), ("nameEn", Raw.NameEn) }.Where(n => n.Item2 is not null).Select(n => new EntityName(n.Item1, n.Item2!)),
            .. Raw.Aliases.Select(a => new EntityName("alias", a)),
        ];

        /// <summary>Whether <paramref name="name"/> is this entity's name or English name, not only an alias.</summary>
        public bool IsPrimarilyNamed(string name) =>
            Names.Any(n => n.Key != "alias" && AsciiCaseInsensitiveComparer.Instance.Equals(n.Value.Value, name));
    }
}
