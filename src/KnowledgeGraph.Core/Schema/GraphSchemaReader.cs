using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace KnowledgeGraph.Core.Schema;

/// <summary>Reads and checks a graph schema written as YAML (the format of <c>graph-schema/schema.yaml</c>).</summary>
public static class GraphSchemaReader
{
    private const string EmbeddedName = "graph-schema/schema.yaml";

    /// <summary>Reads a schema from YAML text.</summary>
    /// <exception cref="GraphSchemaException">The text is not valid YAML or breaks a rule of the schema format.</exception>
    public static GraphSchema Read(string yaml)
    {
        SchemaDocument document;
        try
        {
            document = new DeserializerBuilder()
                .WithNamingConvention(CamelCaseNamingConvention.Instance)
                .Build()
                .Deserialize<SchemaDocument>(yaml) ?? throw new GraphSchemaException("the schema is empty");
        }
        catch (YamlException e)
        {
            throw new GraphSchemaException($"line {e.Start.Line}: {e.InnerException?.Message ?? e.Message}", e);
        }

        return Build(document);
    }

    internal static GraphSchema ReadEmbedded()
    {
        using var stream = typeof(GraphSchemaReader).Assembly.GetManifestResourceStream(EmbeddedName)
            ?? throw new GraphSchemaException($"the assembly does not embed {EmbeddedName}");
        using var reader = new StreamReader(stream);
        return Read(reader.ReadToEnd());
    }

    private static GraphSchema Build(SchemaDocument document)
    {
        var categories = document.Categories;
        var entityTypes = document.EntityTypes.Select(pair => BuildEntityType(pair.Key, pair.Value, categories)).ToList();
        var relationTypes = document.RelationTypes
            .Select(pair => BuildRelationType(pair.Key, pair.Value, entityTypes))
            .ToList();
        var unknownHub = document.HubCategories.FirstOrDefault(c => !categories.ContainsKey(c));
        if (unknownHub is not null)
        {
            throw new GraphSchemaException($"hubCategories: unknown category '{unknownHub}'");
        }

        return new GraphSchema(categories, entityTypes, relationTypes, document.MoneyUnits, document.Currencies)
        {
            HubCategories = document.HubCategories.ToHashSet(StringComparer.Ordinal),
        };
    }

    private static EntityTypeDefinition BuildEntityType(string name, EntityTypeDocument type, IReadOnlyDictionary<string, string> categories)
    {
        if (!categories.ContainsKey(type.Category))
        {
            throw new GraphSchemaException($"entity type {name}: unknown category '{type.Category}'");
        }

        return new EntityTypeDefinition(name, type.Category, Required(type.IdPrefix, name, "idPrefix"),
            Required(type.Label, name, "label"), type.Description);
    }

    private static RelationTypeDefinition BuildRelationType(string name, RelationTypeDocument type, IReadOnlyList<EntityTypeDefinition> entityTypes)
    {
        var temporality = type.Temporal switch
        {
            "event" => Temporality.Event,
            "state" => Temporality.State,
            _ => throw new GraphSchemaException($"relation type {name}: temporal must be 'event' or 'state', not '{type.Temporal}'"),
        };
        return new RelationTypeDefinition(name, type.Description,
            ExpandEnds(name, "from", type.From, entityTypes), ExpandEnds(name, "to", type.To, entityTypes), temporality)
        {
            Role = ParseRule(name, "role", type.Role),
            Amount = ParseRule(name, "amount", type.Amount),
            Containment = type.Containment,
            Symmetric = type.Symmetric,
        };
    }

    private static HashSet<string> ExpandEnds(string relation, string end, IReadOnlyList<string> names, IReadOnlyList<EntityTypeDefinition> entityTypes)
    {
        var expanded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var matches = entityTypes.Where(t => t.Name == name || t.Category == name).Select(t => t.Name).ToList();
            if (matches.Count == 0)
            {
                throw new GraphSchemaException($"relation type {relation}: '{end}' names '{name}', which is neither an entity type nor a category");
            }

            expanded.UnionWith(matches);
        }

        return expanded.Count > 0 ? expanded : throw new GraphSchemaException($"relation type {relation}: '{end}' lists no entity type");
    }

    private static PropertyRule ParseRule(string relation, string property, string? rule) => rule switch
    {
        null => PropertyRule.Forbidden,
        "allowed" => PropertyRule.Allowed,
        "required" => PropertyRule.Required,
        _ => throw new GraphSchemaException($"relation type {relation}: {property} must be 'allowed' or 'required', not '{rule}'"),
    };

    private static string Required(string? value, string owner, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new GraphSchemaException($"entity type {owner}: '{field}' is missing") : value;

    private sealed class SchemaDocument
    {
        public int Version { get; set; }
        public Dictionary<string, string> Categories { get; set; } = [];
        public List<string> HubCategories { get; set; } = [];
        public List<string> MoneyUnits { get; set; } = [];
        public List<string> Currencies { get; set; } = [];
        public Dictionary<string, EntityTypeDocument> EntityTypes { get; set; } = [];
        public Dictionary<string, RelationTypeDocument> RelationTypes { get; set; } = [];
    }

    private sealed class EntityTypeDocument
    {
        public string Category { get; set; } = string.Empty;
        public string? IdPrefix { get; set; }
        public string? Label { get; set; }
        public string Description { get; set; } = string.Empty;
    }

    private sealed class RelationTypeDocument
    {
        public string Description { get; set; } = string.Empty;
        public List<string> From { get; set; } = [];
        public List<string> To { get; set; } = [];
        public string Temporal { get; set; } = string.Empty;
        public string? Role { get; set; }
        public string? Amount { get; set; }
        public bool Containment { get; set; }
        public bool Symmetric { get; set; }
    }
}
