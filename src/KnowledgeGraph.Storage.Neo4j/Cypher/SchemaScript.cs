using System.Reflection;

namespace KnowledgeGraph.Storage.Neo4j.Cypher;

/// <summary>
/// The schema statements (constraints and indexes) of <c>graph-schema/neo4j/*.cypher</c>,
/// embedded in this assembly. Each file holds statements ended by <c>;</c> at the end of a
/// line, and <c>//</c> comment lines; files run in name order.
/// </summary>
internal static class SchemaScript
{
    /// <summary>The prefix of the embedded files' resource names.</summary>
    public const string ResourcePrefix = "graph-schema/neo4j/";

    /// <summary>Every statement of every embedded file, in order.</summary>
    public static IReadOnlyList<string> Statements { get; } = Load();

    /// <summary>Splits a script into its statements.</summary>
    public static IReadOnlyList<string> Parse(string script)
    {
        var statements = new List<string>();
        var current = new List<string>();
        foreach (var line in script.Split('\n').Select(l => l.Trim()))
        {
            if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            current.Add(line.TrimEnd(';'));
            if (line.EndsWith(';'))
            {
                statements.Add(string.Join(' ', current));
                current.Clear();
            }
        }

        return current.Count == 0
            ? statements
            : throw new FormatException($"the schema script ends inside a statement that lacks its ';': {string.Join(' ', current)}");
    }

    private static List<string> Load()
    {
        var assembly = typeof(SchemaScript).Assembly;
        var names = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        return names.Count > 0
            ? [.. names.SelectMany(n => Parse(Read(assembly, n)))]
            : throw new InvalidOperationException($"the assembly embeds no {ResourcePrefix}*.cypher file");
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
