using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Tests.Differential;

/// <summary>One schema of the corpus: its SDL and the root value its resolvers read.</summary>
internal sealed record CorpusSchema(string Name, string Sdl, JsonObject RootValue);

/// <summary>One case of the corpus (tests/graphql-oracle/README.md, "Case files").</summary>
internal sealed record CorpusCase(string Id, string Schema, string Document, JsonObject? Variables, string? OperationName)
{
    /// <summary>The topic: the case file's name without <c>.graphql</c>.</summary>
    public string Topic => Id[..Id.IndexOf('/', StringComparison.Ordinal)];

    /// <summary>What the name announces graphql-js answers: <c>valid</c>, <c>error</c>, <c>invalid</c> or <c>syntax</c>.</summary>
    public string Intent => Id[(Id.IndexOf('/', StringComparison.Ordinal) + 1)..].Split('-')[0];
}

/// <summary>The schemas and cases of a corpus directory, in the order the oracle reads them.</summary>
internal sealed record Corpus(IReadOnlyDictionary<string, CorpusSchema> Schemas, IReadOnlyList<CorpusCase> Cases);

/// <summary>An error as graphql-js's <c>toJSON()</c> writes it.</summary>
internal sealed record OracleError(string Message, IReadOnlyList<SourceLocation> Locations, JsonArray? Path, JsonObject? Extensions);

/// <summary>graphql-js's verdicts by case id, and its printing of each schema it built.</summary>
internal sealed record OracleRun(IReadOnlyDictionary<string, OracleVerdict> Verdicts, IReadOnlyDictionary<string, string> PrintedSdl);

/// <summary>graphql-js's verdict on one case: exactly one of the three outcomes, or none for a valid subscription.</summary>
internal sealed record OracleVerdict(string Id, OracleError? SyntaxError, IReadOnlyList<OracleError>? ValidationErrors, JsonObject? Result);

/// <summary>
/// Reads the differential-test corpus of tests/graphql-oracle exactly as its <c>corpus.mjs</c> does,
/// and runs graphql-js (<c>oracle.mjs</c>, on Node.js) over a request to get its verdicts. Shared by
/// every differential test: validation, execution, syntax.
/// </summary>
internal static partial class OracleCorpus
{
    private static readonly Lazy<Corpus> Shared = new(() => Load(CorpusDirectory));
    private static readonly Lazy<Task<OracleRun>> SharedRun = new(RunDefaultAsync);

    /// <summary>tests/graphql-oracle, found by walking up from the test assembly to the repository.</summary>
    public static string OracleDirectory { get; } = FindOracleDirectory();

    /// <summary>tests/graphql-oracle/corpus.</summary>
    public static string CorpusDirectory => Path.Combine(OracleDirectory, "corpus");

    /// <summary>The corpus of <see cref="CorpusDirectory"/>, read once per test run.</summary>
    public static Corpus Default => Shared.Value;

    /// <summary>
    /// graphql-js's verdicts on every case of <see cref="Default"/>, each schema sent as our engine
    /// prints it (so that both sides judge the same schema); run once per test run.
    /// </summary>
    public static Task<OracleRun> DefaultRunAsync() => SharedRun.Value;

    /// <summary>Reads a corpus directory: <c>schemas/*.graphql</c> with their <c>.data.json</c>, and <c>cases/*.graphql</c>.</summary>
    /// <exception cref="InvalidDataException">A file breaks the corpus format; the message names the file and line.</exception>
    public static Corpus Load(string directory)
    {
        var schemas = new SortedDictionary<string, CorpusSchema>(StringComparer.Ordinal);
        foreach (var file in ListFiles(Path.Combine(directory, "schemas"), ".graphql"))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var dataFile = Path.ChangeExtension(file, ".data.json");
            schemas[name] = new CorpusSchema(name, File.ReadAllText(file), ReadRootValue(dataFile, name));
        }

        var cases = new List<CorpusCase>();
        foreach (var file in ListFiles(Path.Combine(directory, "cases"), ".graphql"))
        {
            var fileName = Path.GetFileName(file);
            foreach (var testCase in ParseCaseFile(File.ReadAllText(file), Path.GetFileNameWithoutExtension(file), fileName))
            {
                if (!schemas.ContainsKey(testCase.Schema))
                {
                    throw new InvalidDataException(
                        $"{fileName}: case '{testCase.Id}' names schema '{testCase.Schema}', which has no file schemas/{testCase.Schema}.graphql");
                }

                cases.Add(testCase);
            }
        }

        return new Corpus(schemas, cases);
    }

    /// <summary>The cases of one case file; <paramref name="topic"/> is the file name without <c>.graphql</c>.</summary>
    /// <exception cref="InvalidDataException">The file breaks the format; the message is <c>file:line: what is wrong</c>.</exception>
    public static IReadOnlyList<CorpusCase> ParseCaseFile(string text, string topic, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reader = new CaseFileReader(topic, fileName);
        var lines = text.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            reader.Read(lines[index].EndsWith('\r') ? lines[index][..^1] : lines[index], index + 1);
        }

        return reader.Finish();
    }

    /// <summary>
    /// Runs graphql-js over a request (<c>{ schemas: { name: { sdl, rootValue } }, cases: [...] }</c>) and returns its
    /// verdicts by case id, with its printed SDL per schema.
    /// </summary>
    /// <exception cref="InvalidOperationException">Node.js or the oracle's packages are missing, or the oracle rejected the request.</exception>
    public static async Task<OracleRun> RunOracleAsync(
        IReadOnlyDictionary<string, CorpusSchema> schemas, IEnumerable<CorpusCase> cases, CancellationToken cancellationToken)
    {
        var request = new JsonObject
        {
            ["schemas"] = new JsonObject(schemas.Select(schema => KeyValuePair.Create<string, JsonNode?>(
                schema.Key, new JsonObject { ["sdl"] = schema.Value.Sdl, ["rootValue"] = schema.Value.RootValue.DeepClone() }))),
            ["cases"] = new JsonArray(cases.Select(CaseJson).ToArray()),
        };
        var output = await RunNodeAsync(request.ToJsonString(), cancellationToken);
        var response = JsonNode.Parse(output)!.AsObject();
        var verdicts = response["cases"]!.AsArray().Select(verdict => ParseVerdict(verdict!.AsObject())).ToList();
        var printed = response["schemas"]!.AsObject().ToDictionary(
            schema => schema.Key, schema => (string)schema.Value!["printedSdl"]!, StringComparer.Ordinal);
        return new OracleRun(verdicts.ToDictionary(verdict => verdict.Id, StringComparer.Ordinal), printed);
    }

    private static Task<OracleRun> RunDefaultAsync()
    {
        var printed = Default.Schemas.Values.ToDictionary(
            schema => schema.Name,
            schema => schema with { Sdl = SchemaPrinter.PrintSchema(new SchemaBuilder().AddSdl(schema.Sdl).Build()) },
            StringComparer.Ordinal);

        // Shared by tests that each have their own cancellation; the oracle run is bounded by the process, not one test.
        return RunOracleAsync(printed, Default.Cases, CancellationToken.None);
    }

    private static JsonNode CaseJson(CorpusCase testCase)
    {
        var json = new JsonObject { ["id"] = testCase.Id, ["schema"] = testCase.Schema, ["document"] = testCase.Document };
        if (testCase.Variables is not null)
        {
            json["variables"] = testCase.Variables.DeepClone();
        }

        if (testCase.OperationName is not null)
        {
            json["operationName"] = testCase.OperationName;
        }

        return json;
    }

    private static async Task<string> RunNodeAsync(string request, CancellationToken cancellationToken)
    {
        var (exitCode, output, error) = await OracleScripts.RunAsync("oracle.mjs", [], request, cancellationToken);
        return exitCode == 0 ? output : throw new InvalidOperationException($"The graphql-js oracle failed with exit code {exitCode}: {error}");
    }

    private static OracleVerdict ParseVerdict(JsonObject verdict) => new(
        (string)verdict["id"]!,
        verdict["syntaxError"] is JsonObject syntaxError ? ParseError(syntaxError) : null,
        verdict["validationErrors"] is JsonArray errors ? errors.Select(error => ParseError(error!.AsObject())).ToList() : null,
        verdict["result"] as JsonObject);

    private static OracleError ParseError(JsonObject error) => new(
        (string)error["message"]!,
        error["locations"] is JsonArray locations
            ? locations.Select(location => new SourceLocation((int)location!["line"]!, (int)location["column"]!)).ToList()
            : [],
        error["path"] as JsonArray,
        error["extensions"] as JsonObject);

    private static JsonObject ReadRootValue(string dataFile, string schemaName)
    {
        try
        {
            return JsonNode.Parse(File.ReadAllText(dataFile)) as JsonObject
                ?? throw new InvalidDataException($"{dataFile}: the root value of schema '{schemaName}' must be a JSON object");
        }
        catch (Exception error) when (error is IOException or JsonException)
        {
            throw new InvalidDataException($"{dataFile}: the root value of schema '{schemaName}' cannot be read as JSON ({error.Message})", error);
        }
    }

    private static IEnumerable<string> ListFiles(string directory, string suffix) =>
        Directory.Exists(directory)
            ? Directory.GetFiles(directory, "*" + suffix).Order(StringComparer.Ordinal)
            : throw new InvalidDataException($"{directory}: cannot list the corpus folder (it does not exist)");

    private static string FindOracleDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "graphql-oracle");
            if (Directory.Exists(Path.Combine(candidate, "corpus")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No tests/graphql-oracle/corpus above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"^# case: (\S+)\s*$")]
    private static partial Regex CaseLine();

    [GeneratedRegex(@"^# (schema|variables|operationName|document): (.*)$")]
    private static partial Regex DirectiveLine();

    [GeneratedRegex(@"^(valid|error|invalid|syntax)-[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CaseName();

    /// <summary>The line-by-line state machine of corpus.mjs's parseCaseFile.</summary>
    private sealed class CaseFileReader(string topic, string fileName)
    {
        private readonly List<CorpusCase> _cases = [];
        private readonly Dictionary<string, string> _defaults = new(StringComparer.Ordinal);
        private PendingCase? _current;
        private bool _inDirectives;

        public void Read(string line, int lineNumber)
        {
            var where = $"{fileName}:{lineNumber}";
            if (CaseLine().Match(line) is { Success: true } caseMatch)
            {
                StartCase(caseMatch.Groups[1].Value, lineNumber, where);
                return;
            }

            var directive = DirectiveLine().Match(line);
            if (_current is null)
            {
                if (directive.Success && directive.Groups[1].Value == "schema")
                {
                    Apply(_defaults, "schema", directive.Groups[2].Value, where);
                }
                else if (directive.Success)
                {
                    throw new InvalidDataException($"{where}: only '# schema:' may stand before the first case");
                }

                return;
            }

            if (_inDirectives && directive.Success)
            {
                Apply(_current.Fields, directive.Groups[1].Value, directive.Groups[2].Value, where);
                return;
            }

            _inDirectives = false;
            _current.Body.Add(line);
        }

        public IReadOnlyList<CorpusCase> Finish()
        {
            FinishCase();
            return _cases;
        }

        private void StartCase(string name, int lineNumber, string where)
        {
            FinishCase();
            if (!CaseName().IsMatch(name))
            {
                throw new InvalidDataException(
                    $"{where}: case name '{name}' must be lower-case words joined by '-' and start with one of 'valid-', 'error-', 'invalid-', 'syntax-'");
            }

            if (_cases.Exists(existing => existing.Id == $"{topic}/{name}"))
            {
                throw new InvalidDataException($"{where}: case name '{name}' is used twice in this file");
            }

            _current = new PendingCase(name, lineNumber);
            _inDirectives = true;
        }

        private void FinishCase()
        {
            if (_current is not { } current)
            {
                return;
            }

            var body = string.Join('\n', TrimBlankLines(current.Body));
            var where = $"{fileName}:{current.Line}";
            var hasDocumentLine = current.Fields.TryGetValue("document", out var documentJson);
            if (hasDocumentLine && body.Length > 0)
            {
                throw new InvalidDataException($"{where}: case '{current.Name}' has both a '# document:' line and a document body");
            }

            if (!hasDocumentLine && body.Length == 0)
            {
                throw new InvalidDataException($"{where}: case '{current.Name}' has no document");
            }

            var schema = current.Fields.GetValueOrDefault("schema") ?? _defaults.GetValueOrDefault("schema")
                ?? throw new InvalidDataException(
                    $"{where}: case '{current.Name}' names no schema (no '# schema:' line in the case or before the first case)");
            _cases.Add(new CorpusCase(
                $"{topic}/{current.Name}",
                schema,
                hasDocumentLine ? JsonNode.Parse(documentJson!)!.GetValue<string>() : body,
                current.Fields.TryGetValue("variables", out var variables) ? JsonNode.Parse(variables)!.AsObject() : null,
                current.Fields.GetValueOrDefault("operationName")));
            _current = null;
        }

        private static void Apply(Dictionary<string, string> target, string key, string value, string where)
        {
            if (target.ContainsKey(key))
            {
                throw new InvalidDataException($"{where}: '{key}' is given twice");
            }

            // JSON directives are checked where they are written, so that errors name their line.
            if (key == "variables")
            {
                ParseJson<JsonObject>(value, where, "must be a JSON object");
            }
            else if (key == "document")
            {
                ParseJson<JsonValue>(value, where, "must be a JSON string");
            }

            target[key] = key is "variables" or "document" ? value : value.Trim();
        }

        private static T ParseJson<T>(string json, string where, string expectation)
            where T : JsonNode
        {
            JsonNode? parsed;
            try
            {
                parsed = JsonNode.Parse(json);
            }
            catch (JsonException error)
            {
                throw new InvalidDataException($"{where}: not valid JSON ({error.Message})", error);
            }

            return parsed is T typed && (typed is not JsonValue value || value.GetValueKind() == JsonValueKind.String)
                ? typed
                : throw new InvalidDataException($"{where}: {expectation}");
        }

        private static IEnumerable<string> TrimBlankLines(List<string> lines)
        {
            var start = lines.FindIndex(line => !string.IsNullOrWhiteSpace(line));
            var end = lines.FindLastIndex(line => !string.IsNullOrWhiteSpace(line));
            return start < 0 ? [] : lines[start..(end + 1)];
        }

        private sealed record PendingCase(string Name, int Line)
        {
            public Dictionary<string, string> Fields { get; } = new(StringComparer.Ordinal);

            public List<string> Body { get; } = [];
        }
    }
}
