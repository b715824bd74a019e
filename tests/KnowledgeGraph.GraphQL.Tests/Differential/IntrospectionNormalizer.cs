using System.Text.Json.Nodes;

namespace KnowledgeGraph.GraphQL.Tests.Differential;

/// <summary>
/// Levels the two known, deliberate differences of introspection results before they are compared:
/// <list type="bullet">
/// <item>graphql-js 16.15 has features newer than the October 2021 spec our engine implements:
/// the <c>@oneOf</c> directive and <c>__Type.isOneOf</c>; deprecated directives
/// (<c>__Directive.isDeprecated</c>, <c>__Directive.deprecationReason</c>,
/// <c>__Schema.directives(includeDeprecated:)</c>, the <c>DIRECTIVE_DEFINITION</c> location of
/// <c>@deprecated</c>). They are removed from both sides.</item>
/// <item>The descriptions of built-in scalars, directives and introspection types are our engine's
/// own wording, not copies of graphql-js's; descriptions inside built-in elements are blanked on
/// both sides. Descriptions of the corpus schemas' own types are still compared.</item>
/// </list>
/// </summary>
internal static class IntrospectionNormalizer
{
    private static readonly HashSet<string> BuiltInNames = new(StringComparer.Ordinal)
    {
        "String", "Int", "Float", "Boolean", "ID", "include", "skip", "deprecated", "specifiedBy",
    };

    /// <summary>Members of introspection types that graphql-js 16.15 has and the October 2021 spec does not.</summary>
    private static readonly Dictionary<string, string[]> NewerMembers = new(StringComparer.Ordinal)
    {
        ["__Type"] = ["isOneOf"],
        ["__Directive"] = ["isDeprecated", "deprecationReason"],
        ["__DirectiveLocation"] = ["DIRECTIVE_DEFINITION"],
    };

    public static JsonNode Normalize(JsonNode node) => Normalize(node.DeepClone(), insideBuiltIn: false);

    private static JsonNode Normalize(JsonNode node, bool insideBuiltIn)
    {
        switch (node)
        {
            case JsonObject map:
                var builtIn = insideBuiltIn || (map["name"] is JsonValue name && name.GetValueKind() == System.Text.Json.JsonValueKind.String && IsBuiltIn((string)name!));
                map.Remove("isOneOf");
                RemoveNewerMembers(map);
                if (builtIn && map.ContainsKey("description"))
                {
                    map["description"] = null;
                }

                if ((string?)(map["name"] as JsonValue) == "deprecated" && map["locations"] is JsonArray locations)
                {
                    RemoveWhere(locations, location => (string?)location == "DIRECTIVE_DEFINITION");
                }

                foreach (var (_, child) in map.ToList())
                {
                    if (child is not null)
                    {
                        Normalize(child, builtIn);
                    }
                }

                break;
            case JsonArray items:
                RemoveWhere(items, item => item is JsonObject directive && (string?)(directive["name"] as JsonValue) == "oneOf" && directive.ContainsKey("locations"));
                foreach (var item in items)
                {
                    if (item is not null)
                    {
                        Normalize(item, insideBuiltIn);
                    }
                }

                break;
        }

        return node;
    }

    private static void RemoveNewerMembers(JsonObject type)
    {
        var name = (type["name"] as JsonValue)?.GetValueKind() == System.Text.Json.JsonValueKind.String ? (string?)type["name"] : null;
        if (name is not null && NewerMembers.TryGetValue(name, out var newer))
        {
            foreach (var members in new[] { type["fields"], type["enumValues"] }.OfType<JsonArray>())
            {
                RemoveWhere(members, member => newer.Contains((string?)(member?["name"] as JsonValue)));
            }
        }

        if (name == "__Schema" && type["fields"] is JsonArray fields)
        {
            foreach (var directives in fields.OfType<JsonObject>().Where(field => (string?)(field["name"] as JsonValue) == "directives"))
            {
                RemoveWhere(directives["args"] as JsonArray ?? [], argument => (string?)(argument?["name"] as JsonValue) == "includeDeprecated");
            }
        }
    }

    private static bool IsBuiltIn(string name) => BuiltInNames.Contains(name) || name.StartsWith("__", StringComparison.Ordinal);

    private static void RemoveWhere(JsonArray items, Func<JsonNode?, bool> predicate)
    {
        for (var i = items.Count - 1; i >= 0; i--)
        {
            if (predicate(items[i]))
            {
                items.RemoveAt(i);
            }
        }
    }
}
