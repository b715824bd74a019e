using System.Collections.Frozen;

namespace KnowledgeGraph.Core.Schema;

/// <summary>
/// The graph schema read from <c>graph-schema/schema.yaml</c>: entity types, relationship
/// types, which types each relationship may join, money units and currencies.
/// </summary>
public sealed class GraphSchema
{
    internal GraphSchema(
        IReadOnlyDictionary<string, string> categories,
        IEnumerable<EntityTypeDefinition> entityTypes,
        IEnumerable<RelationTypeDefinition> relationTypes,
        IReadOnlyList<string> moneyUnits,
        IReadOnlyList<string> currencies)
    {
        Categories = categories;
        EntityTypes = entityTypes.ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);
        RelationTypes = relationTypes.ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);
        MoneyUnits = moneyUnits;
        Currencies = currencies;
    }

    /// <summary>The schema embedded from <c>graph-schema/schema.yaml</c> at build time.</summary>
    public static GraphSchema Default { get; } = GraphSchemaReader.ReadEmbedded();

    /// <summary>Category names and their descriptions, in schema order.</summary>
    public IReadOnlyDictionary<string, string> Categories { get; }

    /// <summary>Entity types by name.</summary>
    public IReadOnlyDictionary<string, EntityTypeDefinition> EntityTypes { get; }

    /// <summary>Relationship types by name.</summary>
    public IReadOnlyDictionary<string, RelationTypeDefinition> RelationTypes { get; }

    /// <summary>
    /// Categories whose entities link too much to carry a relationship between two others
    /// (places, industries): link searches do not walk on through them. Default: none.
    /// </summary>
    public IReadOnlySet<string> HubCategories { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>True when <paramref name="entity"/>'s type belongs to a hub category.</summary>
    public bool IsHub(Model.Entity entity) =>
        EntityTypes.TryGetValue(entity.Type, out var type) && HubCategories.Contains(type.Category);

    /// <summary>The magnitude words an amount may be stated in (元, 万, 亿, 万亿).</summary>
    public IReadOnlyList<string> MoneyUnits { get; }

    /// <summary>The currencies an amount may be in.</summary>
    public IReadOnlyList<string> Currencies { get; }

    /// <summary>The names of the entity types in <paramref name="category"/>.</summary>
    public IReadOnlySet<string> EntityTypesIn(string category) =>
        EntityTypes.Values.Where(t => t.Category == category).Select(t => t.Name).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The names of the relationship types that put something inside a place or park.</summary>
    public IReadOnlySet<string> ContainmentTypes =>
        RelationTypes.Values.Where(t => t.Containment).Select(t => t.Name).ToFrozenSet(StringComparer.Ordinal);
}
