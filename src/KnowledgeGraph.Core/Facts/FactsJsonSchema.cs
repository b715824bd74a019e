using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Facts;

/// <summary>
/// Generates the JSON Schema (draft 2020-12) of fact files from the graph schema, so that
/// editors can complete and check <c>seed/**/*.yaml</c> as curators type. It checks what a
/// schema can (keys, types, ids, date shapes, per-type rules for time, role and amount);
/// <see cref="FactValidator"/> remains the judge of references, duplicates and real dates.
/// </summary>
public static class FactsJsonSchema
{
    /// <summary>Where the generated schema is committed, relative to the repository root.</summary>
    public const string RelativePath = "graph-schema/facts.schema.json";

    private const string DatePattern = "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$";

    private static readonly JsonSerializerOptions Format = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The schema as indented JSON text ending in a newline; the same schema always gives the same text.</summary>
    public static string Generate(GraphSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var document = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = "Knowledge graph fact file",
            ["description"] = "Curated facts: sources, entities and relationships (seed/README.md). Generated from graph-schema/schema.yaml by 'kg generate'; do not edit.",
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["properties"] = new JsonObject
            {
                ["sources"] = ListOf("source"),
                ["entities"] = ListOf("entity"),
                ["relationships"] = ListOf("relationship"),
            },
            ["$defs"] = new JsonObject
            {
                ["text"] = new JsonObject { ["type"] = "string", ["minLength"] = 1 },
                ["partialDate"] = PartialDate(),
                ["source"] = Source(),
                ["entity"] = Entity(schema),
                ["relationship"] = Relationship(schema),
                ["amount"] = Amount(schema),
                ["evidence"] = Evidence(),
            },
        };
        return document.ToJsonString(Format) + "\n";
    }

    private static JsonObject ListOf(string definition) => new()
    {
        ["type"] = Array("array", "null"),
        ["items"] = Ref(definition),
    };

    private static JsonObject PartialDate() => new()
    {
        ["description"] = "yyyy, yyyy-MM or yyyy-MM-dd, as precise as the source allows.",
        ["anyOf"] = new JsonArray(
            new JsonObject { ["type"] = "string", ["pattern"] = DatePattern },
            new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["maximum"] = 9999 }),
    };

    private static JsonObject Source() => Item(
        ["id", "title"],
        new JsonObject
        {
            ["id"] = IdOf(FactIds.SourcePrefix),
            ["title"] = Ref("text"),
            ["outlet"] = Ref("text"),
            ["publishedOn"] = Ref("partialDate"),
            ["file"] = new JsonObject
            {
                ["description"] = "The article's plain file name in the articles folder, against which 'kg validate --articles' checks every quote citing this source.",
                ["type"] = "string",
                ["pattern"] = "^[^/\\\\:]+$",
            },
        });

    private static JsonObject Entity(GraphSchema schema)
    {
        var entity = Item(
            ["id", "type", "name"],
            new JsonObject
            {
                ["id"] = new JsonObject { ["type"] = "string", ["pattern"] = $"^[a-z]+:{FactIds.SlugPattern}$" },
                ["type"] = Enum(schema.EntityTypes.Keys.Order(StringComparer.Ordinal)),
                ["name"] = Ref("text"),
                ["nameEn"] = Ref("text"),
                ["aliases"] = new JsonObject { ["type"] = Array("array", "null"), ["items"] = Ref("text") },
                ["note"] = Ref("text"),
                ["distinctFrom"] = new JsonObject
                {
                    ["description"] = "Ids of entities that share a name or alias with this one but are different; requires a note saying how.",
                    ["type"] = "array",
                    ["items"] = new JsonObject { ["type"] = "string", ["pattern"] = $"^[a-z]+:{FactIds.SlugPattern}$" },
                },
            });
        entity["dependentRequired"] = new JsonObject { ["distinctFrom"] = new JsonArray("note") };
        entity["allOf"] = new JsonArray([.. schema.EntityTypes.Values
            .GroupBy(t => t.IdPrefix, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => When("type", Enum(g.Select(t => t.Name).Order(StringComparer.Ordinal)),
                new JsonObject { ["properties"] = new JsonObject { ["id"] = IdOf(g.Key) } }))]);
        return entity;
    }

    private static JsonObject Relationship(GraphSchema schema)
    {
        var relationship = Item(
            ["type", "from", "to", "evidence"],
            new JsonObject
            {
                ["id"] = IdOf(FactIds.RelationshipPrefix),
                ["type"] = Enum(schema.RelationTypes.Keys.Order(StringComparer.Ordinal)),
                ["from"] = Ref("text"),
                ["to"] = Ref("text"),
                ["role"] = Ref("text"),
                ["date"] = Ref("partialDate"),
                ["validFrom"] = Ref("partialDate"),
                ["validTo"] = Ref("partialDate"),
                ["amount"] = Ref("amount"),
                ["note"] = Ref("text"),
                ["multiSite"] = new JsonObject { ["type"] = "boolean" },
                ["evidence"] = new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = Ref("evidence") },
            });
        relationship["allOf"] = new JsonArray([.. schema.RelationTypes.Values
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => When("type", new JsonObject { ["const"] = t.Name }, RulesOf(t)))]);
        return relationship;
    }

    /// <summary>The per-type rules: time fields by temporality, then role and amount; <c>false</c> forbids a key.</summary>
    private static JsonObject RulesOf(RelationTypeDefinition type)
    {
        var forbidden = type.Temporality == Temporality.Event ? new List<string> { "validFrom", "validTo" } : ["date"];
        if (!type.Containment)
        {
            forbidden.Add("multiSite");
        }

        var required = new List<string>();
        foreach (var (key, rule) in new[] { ("role", type.Role), ("amount", type.Amount) })
        {
            if (rule == PropertyRule.Forbidden)
            {
                forbidden.Add(key);
            }
            else if (rule == PropertyRule.Required)
            {
                required.Add(key);
            }
        }

        var rules = new JsonObject
        {
            ["properties"] = new JsonObject(forbidden.Select(key => KeyValuePair.Create<string, JsonNode?>(key, false))),
        };
        if (required.Count > 0)
        {
            rules["required"] = Array([.. required]);
        }

        return rules;
    }

    private static JsonObject Amount(GraphSchema schema) => Item(
        ["value", "unit", "currency"],
        new JsonObject
        {
            ["value"] = new JsonObject { ["type"] = "number", ["minimum"] = 0 },
            ["unit"] = Enum(schema.MoneyUnits),
            ["currency"] = Enum(schema.Currencies),
            ["approximate"] = new JsonObject { ["type"] = "boolean" },
            ["text"] = Ref("text"),
        });

    private static JsonObject Evidence() => Item(
        ["source", "quote"],
        new JsonObject
        {
            ["source"] = IdOf(FactIds.SourcePrefix),
            ["quote"] = Ref("text"),
        });

    private static JsonObject Item(string[] required, JsonObject properties) => new()
    {
        ["type"] = "object",
        ["additionalProperties"] = false,
        ["required"] = Array(required),
        ["properties"] = properties,
    };

    private static JsonObject When(string key, JsonObject condition, JsonObject then) => new()
    {
        ["if"] = new JsonObject
        {
            ["properties"] = new JsonObject { [key] = condition },
            ["required"] = Array(key),
        },
        ["then"] = then,
    };

    private static JsonObject IdOf(string prefix) => new()
    {
        ["type"] = "string",
        ["pattern"] = $"^{prefix}:{FactIds.SlugPattern}$",
    };

    private static JsonObject Enum(IEnumerable<string> values) => new() { ["enum"] = Array([.. values]) };

    private static JsonObject Ref(string definition) => new() { ["$ref"] = $"#/$defs/{definition}" };

    private static JsonArray Array(params string[] values) => new([.. values.Select(v => JsonValue.Create(v))]);
}
