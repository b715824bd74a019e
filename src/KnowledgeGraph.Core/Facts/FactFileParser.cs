using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KnowledgeGraph.Core.Facts;

/// <summary>
/// Turns the text of one fact file into raw items, reporting syntax and shape problems with
/// their line and column. It works on YAML nodes rather than deserialising, because plain
/// deserialisation forgets where each value was written.
/// </summary>
internal sealed class FactFileParser
{
    private static readonly string[] FileKeys = ["sources", "entities", "relationships"];
    private static readonly string[] SourceKeys = ["id", "title", "outlet", "publishedOn", "file"];
    private static readonly string[] EntityKeys = ["id", "type", "name", "nameEn", "aliases", "note", "distinctFrom"];
    private static readonly string[] RelationshipKeys = ["id", "type", "from", "to", "role", "date", "validFrom", "validTo", "amount", "note", "multiSite", "evidence"];
    private static readonly string[] AmountKeys = ["value", "unit", "currency", "approximate", "text"];
    private static readonly string[] EvidenceKeys = ["source", "quote"];

    private readonly string _path;
    private readonly List<FactError> _errors = [];

    private FactFileParser(string path) => _path = path;

    public static FactFile Parse(string path, string text) => new FactFileParser(path).Parse(text);

    private FactFile Parse(string text)
    {
        YamlStream stream;
        try
        {
            if (YamlPrecheck.FindUnsupported(text) is { } unsupported)
            {
                return FactFile.Unreadable(_path, ErrorAt(At(unsupported.At), unsupported.Code, unsupported.Message));
            }

            stream = Load(text);
        }
        catch (YamlException e)
        {
            return FactFile.Unreadable(_path, ErrorAt(At(e.Start), FactErrorCodes.MalformedYaml, $"the file is not valid YAML: {e.Message}"));
        }

        if (stream.Documents.Count > 1)
        {
            return FactFile.Unreadable(_path, ErrorAt(At(stream.Documents[1].RootNode.Start), FactErrorCodes.MultipleDocuments,
                "a fact file holds one YAML document; remove the '---' that starts a second one, or move it to its own file"));
        }

        var root = stream.Documents.Count == 1 ? stream.Documents[0].RootNode : null;
        return root is null || IsNull(root) ? Build([], [], []) : ParseRoot(root);
    }

    /// <summary>
    /// Builds the nodes. The precheck has seen every event, so the node builder should not
    /// fail; should it still refuse a construct, that becomes a syntax error where it stopped.
    /// </summary>
    private static YamlStream Load(string text)
    {
        var parser = new Parser(new StringReader(text));
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            return stream;
        }
        catch (ArgumentException e)
        {
            var at = parser.Current?.Start ?? Mark.Empty;
            throw new YamlException(at, at, "the reader cannot build a value here", e);
        }
    }

    private FactFile ParseRoot(YamlNode root)
    {
        if (root is not YamlMappingNode mapping)
        {
            Error(root, FactErrorCodes.WrongShape, "a fact file is a mapping with the lists 'sources', 'entities' and 'relationships'");
            return Build([], [], []);
        }

        var file = Fields(mapping, "a fact file", FileKeys);
        return Build(
            file.Items("sources", ParseSource),
            file.Items("entities", ParseEntity),
            file.Items("relationships", ParseRelationship));
    }

    private RawSource ParseSource(YamlMappingNode node)
    {
        var item = Fields(node, "a source", SourceKeys);
        return new RawSource(At(node.Start), item.Malformed,
            item.Scalar("id"), item.Scalar("title"), item.Scalar("outlet"), item.Scalar("publishedOn"), item.Scalar("file"));
    }

    private RawEntity ParseEntity(YamlMappingNode node)
    {
        var item = Fields(node, "an entity", EntityKeys);
        return new RawEntity(At(node.Start), item.Malformed,
            item.Scalar("id"), item.Scalar("type"), item.Scalar("name"), item.Scalar("nameEn"), item.ScalarList("aliases"), item.Scalar("note"),
            item.ScalarList("distinctFrom"));
    }

    private RawRelationship ParseRelationship(YamlMappingNode node)
    {
        var item = Fields(node, "a relationship", RelationshipKeys);
        return new RawRelationship(At(node.Start), item.Malformed,
            item.Scalar("id"), item.Scalar("type"), item.Scalar("from"), item.Scalar("to"), item.Scalar("role"),
            item.Scalar("date"), item.Scalar("validFrom"), item.Scalar("validTo"),
            item.Mapping("amount") is { } amount ? ParseAmount(amount) : null,
            item.Scalar("note"),
            item.Scalar("multiSite"),
            item.OptionalItems("evidence", ParseEvidence));
    }

    private RawAmount ParseAmount(YamlMappingNode node)
    {
        var item = Fields(node, "an amount", AmountKeys);
        return new RawAmount(At(node.Start), item.Malformed,
            item.Scalar("value"), item.Scalar("unit"), item.Scalar("currency"), item.Scalar("approximate"), item.Scalar("text"));
    }

    private RawEvidence ParseEvidence(YamlMappingNode node)
    {
        var item = Fields(node, "an evidence item", EvidenceKeys);
        return new RawEvidence(At(node.Start), item.Malformed, item.Scalar("source"), item.Scalar("quote"));
    }

    private ItemFields Fields(YamlMappingNode mapping, string what, IReadOnlyList<string> known)
    {
        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { Length: > 0 } key })
            {
                Error(keyNode, FactErrorCodes.WrongShape, $"{what} has a key that is not a plain name");
            }
            else if (!known.Contains(key))
            {
                Error(keyNode, FactErrorCodes.UnknownKey, UnknownKeyMessage(key, what, known));
            }
            else
            {
                fields[key] = value;
            }
        }

        return new ItemFields(this, what, fields);
    }

    private static string UnknownKeyMessage(string key, string what, IReadOnlyList<string> known)
    {
        var closest = known.MinBy(k => EditDistance.Between(key, k))!;
        var hint = EditDistance.Between(key, closest) <= 2 ? $"did you mean '{closest}'? " : string.Empty;
        return $"'{key}' is not a field of {what}; {hint}expected one of: {string.Join(", ", known)}";
    }

    private FactFile Build(IReadOnlyList<RawSource> sources, IReadOnlyList<RawEntity> entities, IReadOnlyList<RawRelationship> relationships) =>
        new(_path, [.. _errors.Order(FactError.ReadingOrder)], sources, entities, relationships);

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    private static Position At(Mark mark) => new((int)mark.Line, (int)mark.Column);

    private void Error(YamlNode node, string code, string message) => _errors.Add(ErrorAt(At(node.Start), code, message));

    private FactError ErrorAt(Position at, string code, string message) => new(_path, at.Line, at.Column, code, message);

    /// <summary>The known fields of one mapping, read with the shape each must have.</summary>
    private sealed class ItemFields(FactFileParser parser, string what, Dictionary<string, YamlNode> fields)
    {
        public HashSet<string> Malformed { get; } = new(StringComparer.Ordinal);

        /// <summary>A single value, or null when absent or empty.</summary>
        public Scalar? Scalar(string key)
        {
            if (!fields.TryGetValue(key, out var node) || IsNull(node))
            {
                return null;
            }

            if (node is YamlScalarNode { Value: { } value })
            {
                CheckCharacters(key, node, value);
                return string.IsNullOrWhiteSpace(value) ? null : new Scalar(value, At(node.Start));
            }

            return WrongShape<Scalar>(key, node, "a single value, not a list or mapping");
        }

        public IReadOnlyList<Scalar> ScalarList(string key)
        {
            if (Sequence(key, "a list of values, e.g. [a, b]") is not { } sequence)
            {
                return [];
            }

            var values = new List<Scalar>();
            foreach (var child in sequence.Children)
            {
                if (child is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
                {
                    CheckCharacters(key, child, value);
                    values.Add(new Scalar(value, At(child.Start)));
                }
                else
                {
                    Malformed.Add(key);
                    parser.Error(child, FactErrorCodes.WrongShape, $"each of '{key}' of {what} must be a non-empty single value");
                }
            }

            return values;
        }

        /// <summary>
        /// Refuses text that XML exports (GraphML, GEXF) and most tools cannot carry: control
        /// characters other than tab and line breaks, and lone surrogates. YAML lets a
        /// double-quoted string write them as escapes ("\a", "\x07", "\ud800").
        /// </summary>
        private void CheckCharacters(string key, YamlNode node, string value)
        {
            for (var index = 0; index < value.Length; index++)
            {
                var c = value[index];
                var pairedSurrogate = char.IsHighSurrogate(c) && index + 1 < value.Length && char.IsLowSurrogate(value[index + 1]);
                if (pairedSurrogate)
                {
                    index++;
                }
                else if ((char.IsControl(c) && c is not ('\t' or '\n' or '\r')) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
                {
                    parser.Error(node, FactErrorCodes.ForbiddenCharacter,
                        $"'{key}' of {what} holds the character U+{(int)c:X4} at position {index + 1}; text may hold tabs and line breaks but no other control characters");
                    return;
                }
            }
        }

        public YamlMappingNode? Mapping(string key)
        {
            if (!fields.TryGetValue(key, out var node) || IsNull(node))
            {
                return null;
            }

            return node as YamlMappingNode ?? WrongShape<YamlMappingNode>(key, node, "a mapping, e.g. { value: 20, unit: 亿, currency: CNY }");
        }

        /// <summary>The items of a list that may be absent: [] when absent.</summary>
        public IReadOnlyList<T> Items<T>(string key, Func<YamlMappingNode, T> parse) => OptionalItems(key, parse) ?? [];

        /// <summary>The items of a list, or null when the list is absent, so that callers can tell absent from empty.</summary>
        public IReadOnlyList<T>? OptionalItems<T>(string key, Func<YamlMappingNode, T> parse)
        {
            if (Sequence(key, "a list of items") is not { } sequence)
            {
                return Malformed.Contains(key) ? [] : null;
            }

            var items = new List<T>();
            foreach (var child in sequence.Children)
            {
                if (child is YamlMappingNode mapping)
                {
                    items.Add(parse(mapping));
                }
                else
                {
                    parser.Error(child, FactErrorCodes.WrongShape, $"each item of '{key}' must be a mapping of fields (key: value)");
                }
            }

            return items;
        }

        private YamlSequenceNode? Sequence(string key, string expected)
        {
            if (!fields.TryGetValue(key, out var node) || IsNull(node))
            {
                return null;
            }

            return node as YamlSequenceNode ?? WrongShape<YamlSequenceNode>(key, node, expected);
        }

        private T? WrongShape<T>(string key, YamlNode node, string expected)
            where T : class
        {
            Malformed.Add(key);
            parser.Error(node, FactErrorCodes.WrongShape, $"'{key}' of {what} must be {expected}");
            return null;
        }
    }
}
