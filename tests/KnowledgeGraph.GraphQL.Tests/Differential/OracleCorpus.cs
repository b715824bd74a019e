using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.GraphQL.Tests.Differential;

/// <summary>One schema of the corpus: its SDL and its root value as JSON text.</summary>
internal sealed record CorpusSchema(string Name, string Sdl, string RootValueJson);

/// <summary>One case of the corpus (tests/graphql-oracle/README.md, "Case files").</summary>
internal sealed record CorpusCase(string Id, string Schema, string Document, string? VariablesJson, string? OperationName)
{
    /// <summary>What the case name says graphql-js answers: valid, error, invalid or syntax.</summary>
    public string Intent => Id[(Id.IndexOf('/', StringComparison.Ordinal) + 1)..].Split('-')[0];

    public string Topic => Id[..Id.IndexOf('/', StringComparison.Ordinal)];
}

/// <summary>
/// Reads the shared case corpus exactly as tests/graphql-oracle/corpus.mjs does, and asks the
/// oracle (graphql-js) for its verdicts.
/// </summary>
internal sealed partial record OracleCorpus(IReadOnlyDictionary<string, CorpusSchema> Schemas, IReadOnlyList<CorpusCase> Cases)
{
    /// <summary>The corpus of tests/graphql-oracle/corpus.</summary>
    public static OracleCorpus Load() => Load(Path.Combine(OracleScripts.Folder, "corpus"));

    public static OracleCorpus Load(string directory)
    {
        var schemas = new SortedDictionary<string, CorpusSchema>(StringComparer.Ordinal);
        foreach (var file in FilesEndingWith(Path.Combine(directory, "schemas"), ".graphql"))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            schemas[name] = new CorpusSchema(name, File.ReadAllText(file), File.ReadAllText(Path.ChangeExtension(file, ".data.json")));
        }

        var cases = new List<CorpusCase>();
        foreach (var file in FilesEndingWith(Path.Combine(directory, "cases"), ".graphql"))
        {
            cases.AddRange(ParseCaseFile(File.ReadAllText(file), Path.GetFileNameWithoutExtension(file)));
        }

        return new OracleCorpus(schemas, cases);
    }

    /// <summary>The cases of one case file, whose topic is its file name without <c>.graphql</c>.</summary>
    /// <exception cref="FormatException">The file breaks the corpus format; the message gives the line.</exception>
    public static IReadOnlyList<CorpusCase> ParseCaseFile(string text, string topic)
    {
        var lines = text.Split('\n').Select(line => line.EndsWith('\r') ? line[..^1] : line).ToList();
        string? defaultSchema = null;
        var cases = new List<CorpusCase>();
        PendingCase? current = null;
        var inDirectives = false;
        for (var index = 0; index < lines.Count; index++)
        {
            var line = lines[index];
            var where = $"{topic}.graphql:{index + 1}";
            if (CaseLine().Match(line) is { Success: true } caseMatch)
            {
                Finish(current, topic, defaultSchema, cases);
                current = new PendingCase(caseMatch.Groups[1].Value, index + 1);
                inDirectives = true;
                continue;
            }

            var directive = DirectiveLine().Match(line);
            if (current is null)
            {
                defaultSchema = directive.Success && directive.Groups[1].Value == "schema" ? directive.Groups[2].Value.Trim()
                    : directive.Success ? throw new FormatException($"{where}: only '# schema:' may stand before the first case")
                    : defaultSchema;
                continue;
            }

            if (inDirectives && directive.Success)
            {
                current.Fields.Add(directive.Groups[1].Value, directive.Groups[2].Value);
                continue;
            }

            inDirectives = false;
            current.Body.Add(line);
        }

        Finish(current, topic, defaultSchema, cases);
        return cases;
    }

    /// <summary>The oracle request for these cases, with each schema's SDL given by <paramref name="sdlOf"/>.</summary>
    public string ToRequestJson(Func<string, string> sdlOf, IEnumerable<CorpusCase>? cases = null)
    {
        var schemas = new JsonObject();
        foreach (var schema in Schemas.Values)
        {
            schemas[schema.Name] = new JsonObject { ["sdl"] = sdlOf(schema.Name), ["rootValue"] = JsonNode.Parse(schema.RootValueJson) };
        }

        var caseArray = new JsonArray();
        foreach (var testCase in cases ?? Cases)
        {
            var node = new JsonObject { ["id"] = testCase.Id, ["schema"] = testCase.Schema, ["document"] = testCase.Document };
            if (testCase.VariablesJson is not null)
            {
                node["variables"] = JsonNode.Parse(testCase.VariablesJson);
            }

            if (testCase.OperationName is not null)
            {
                node["operationName"] = testCase.OperationName;
            }

            caseArray.Add(node);
        }

        return new JsonObject { ["schemas"] = schemas, ["cases"] = caseArray }.ToJsonString();
    }

    /// <summary>graphql-js's verdicts for a request: the oracle's whole response.</summary>
    public static async Task<JsonObject> AskOracleAsync(string requestJson, CancellationToken cancellationToken)
    {
        var (exitCode, output, error) = await OracleScripts.RunAsync("oracle.mjs", [], requestJson, cancellationToken);
        return exitCode == 0
            ? JsonNode.Parse(output)!.AsObject()
            : throw new InvalidOperationException($"The oracle refused the request (exit code {exitCode}): {error}");
    }

    private static void Finish(PendingCase? pending, string topic, string? defaultSchema, List<CorpusCase> cases)
    {
        if (pending is null)
        {
            return;
        }

        var where = $"{topic}.graphql:{pending.Line}";
        var body = string.Join('\n', TrimBlankLines(pending.Body));
        var documentJson = pending.Fields.GetValueOrDefault("document");
        var document = documentJson is null ? body : JsonSerializer.Deserialize<string>(documentJson)!;
        if (documentJson is null && body.Length == 0)
        {
            throw new FormatException($"{where}: case '{pending.Name}' has no document");
        }

        var schema = pending.Fields.GetValueOrDefault("schema")?.Trim() ?? defaultSchema
            ?? throw new FormatException($"{where}: case '{pending.Name}' names no schema");
        cases.Add(new CorpusCase($"{topic}/{pending.Name}", schema, document, pending.Fields.GetValueOrDefault("variables"), pending.Fields.GetValueOrDefault("operationName")?.Trim()));
    }

    private static List<string> TrimBlankLines(List<string> lines)
    {
        var start = 0;
        var end = lines.Count;
        while (start < end && string.IsNullOrWhiteSpace(lines[start]))
        {
            start++;
        }

        while (end > start && string.IsNullOrWhiteSpace(lines[end - 1]))
        {
            end--;
        }

        return lines[start..end];
    }

    private static IEnumerable<string> FilesEndingWith(string directory, string suffix) =>
        Directory.GetFiles(directory).Where(file => file.EndsWith(suffix, StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    [GeneratedRegex(@"^# case: (\S+)\s*$")]
    private static partial Regex CaseLine();

    [GeneratedRegex(@"^# (schema|variables|operationName|document): (.*)$")]
    private static partial Regex DirectiveLine();

    private sealed record PendingCase(string Name, int Line)
    {
        public Dictionary<string, string> Fields { get; } = new(StringComparer.Ordinal);

        public List<string> Body { get; } = [];
    }
}
