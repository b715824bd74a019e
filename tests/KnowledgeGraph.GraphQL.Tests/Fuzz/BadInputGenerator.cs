using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.GraphQL.Tests.Fuzz;

/// <summary>One HTTP request to throw at the endpoint.</summary>
internal sealed record FuzzRequest(string Method, string? ContentType, string? Accept, byte[] Body, string QueryString)
{
    public override string ToString() =>
        $"{Method} ?{(QueryString.Length > 300 ? QueryString[..300] + "…" : QueryString)} Content-Type: {ContentType} Accept: {Accept} Body({Body.Length}): " +
        Encoding.UTF8.GetString(Body.AsSpan(0, Math.Min(Body.Length, 300)));
}

/// <summary>
/// Seeded bad input: corpus documents mutated token by token, random characters and bytes,
/// huge nesting and repetition, random JSON bodies, and random headers and methods.
/// </summary>
internal sealed partial class BadInputGenerator(Random random, IReadOnlyList<string> documents)
{
    private static readonly string[] Accepts =
    [
        "application/graphql-response+json", "application/json", "*/*", "application/json;q=0.5, application/graphql-response+json",
        "text/html", "application/xml", "application/json; charset=latin1", "", "a/b/c;;;q=x", "application/*;q=0",
    ];

    private static readonly string[] ContentTypes =
    [
        "application/json", "application/json; charset=utf-8", "application/json; charset=UTF-8", "text/plain", "application/graphql",
        "application/json; charset=iso-8859-1", "multipart/form-data; boundary=x", ";", "application/json;;;",
    ];

    private static readonly string[] Fragments =
    [
        "{", "}", "(", ")", "[", "]", ":", "$", "@", "!", "...", "=", "|", "&", "\"", "\"\"\"", "#", ",", "query", "mutation",
        "subscription", "fragment", "on", "null", "true", "1e999", "-0", "0x10", "\\u0000", "\uFFFF", "\uD800", "𝔾", "常州", "\u0007", "\r\n",
        "__typename", "__schema", "__type(name: \"Query\")", "$var", "@include(if: $x)", "... on Dog", "{ a: b }",
    ];

    public FuzzRequest Next() => random.Next(10) switch
    {
        < 5 => PostJson(new Dictionary<string, object?> { ["query"] = MutatedDocument(), ["variables"] = RandomVariables() }),
        5 => PostJson(RandomJsonValue(depth: 0)),
        6 => Post(RandomBytes(), RandomItem(ContentTypes)),
        7 => Get(MutatedDocument()),
        8 => PostJson(new Dictionary<string, object?> { ["query"] = HugeDocument() }),
        _ => PostJson(new Dictionary<string, object?>
        {
            ["query"] = RandomItem(documents),
            ["operationName"] = random.Next(3) == 0 ? RandomJsonValue(depth: 2) : RandomText(8),
            ["variables"] = RandomJsonValue(depth: 1),
            ["extensions"] = RandomJsonValue(depth: 2),
        }),
    };

    private FuzzRequest PostJson(object? body) => Post(JsonSerializer.SerializeToUtf8Bytes(body, FuzzJson.Options), RandomItem(ContentTypes[..3]));

    private FuzzRequest Post(byte[] body, string? contentType) =>
        new("POST", random.Next(20) == 0 ? null : contentType, RandomAccept(), body, "");

    private FuzzRequest Get(string document)
    {
        var query = $"query={Uri.EscapeDataString(document)}";
        if (random.Next(2) == 0)
        {
            query += $"&variables={Uri.EscapeDataString(RandomText(12))}";
        }

        if (random.Next(4) == 0)
        {
            query += $"&operationName={Uri.EscapeDataString(RandomText(6))}&query=x";
        }

        return new FuzzRequest("GET", null, RandomAccept(), [], query);
    }

    private string? RandomAccept() => random.Next(8) == 0 ? null : RandomItem(Accepts);

    /// <summary>A corpus document with a few token-level mutations.</summary>
    private string MutatedDocument()
    {
        var tokens = Tokens().Matches(RandomItem(documents)).Select(match => match.Value).ToList();
        for (var mutations = random.Next(1, 5); mutations > 0; mutations--)
        {
            var at = random.Next(tokens.Count + 1);
            switch (random.Next(6))
            {
                case 0 when tokens.Count > 0: tokens.RemoveAt(Math.Min(at, tokens.Count - 1)); break;
                case 1: tokens.Insert(at, RandomItem(Fragments)); break;
                case 2 when tokens.Count > 0: tokens.Insert(at, tokens[random.Next(tokens.Count)]); break;
                case 3 when tokens.Count > 1: (tokens[0], tokens[^1]) = (tokens[^1], tokens[0]); break;
                case 4: tokens.Insert(at, RandomText(random.Next(1, 6))); break;
                default: tokens.Insert(at, " "); break;
            }
        }

        return string.Concat(tokens);
    }

    private string HugeDocument()
    {
        var size = random.Next(100, 20_000);
        return random.Next(4) switch
        {
            0 => new string('{', size) + "a" + new string('}', size),
            1 => "{ " + string.Concat(Enumerable.Repeat("__typename ", size)) + "}",
            2 => "query { " + string.Concat(Enumerable.Range(0, size / 10).Select(i => $"a{i}: __typename ")) + "}",
            _ => "{ f(a: " + new string('[', size) + new string(']', size) + ") }",
        };
    }

    private object? RandomVariables() => random.Next(4) == 0 ? RandomJsonValue(depth: 1) : null;

    private object? RandomJsonValue(int depth) => random.Next(depth > 4 ? 5 : 8) switch
    {
        0 => null,
        1 => random.Next(2) == 0,
        2 => random.Next(int.MinValue, int.MaxValue),
        3 => random.NextDouble() * Math.Pow(10, random.Next(-10, 300)),
        4 => RandomText(random.Next(0, 20)),
        5 => Enumerable.Range(0, random.Next(4)).Select(_ => RandomJsonValue(depth + 1)).ToList(),
        _ => Enumerable.Range(0, random.Next(4)).ToDictionary(
            i => i == 0 && random.Next(2) == 0 ? RandomItem(["query", "variables", "operationName", "extensions"]) : RandomText(5) + i,
            _ => RandomJsonValue(depth + 1)),
    };

    private string RandomText(int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append(random.Next(4) switch
            {
                0 => (char)random.Next(0, 32),
                1 => (char)random.Next(0x4E00, 0x9FFF),
                2 => (char)random.Next(0xD800, 0xE000),
                _ => (char)random.Next(32, 127),
            });
        }

        return text.ToString();
    }

    private byte[] RandomBytes()
    {
        var bytes = new byte[random.Next(0, 200)];
        random.NextBytes(bytes);
        return bytes;
    }

    private T RandomItem<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    [GeneratedRegex("""[_A-Za-z][_0-9A-Za-z]*|-?\d+(\.\d+)?|"(\\.|[^"\\])*"|\.\.\.|\s+|.""")]
    private static partial Regex Tokens();
}
