using System.IO.Compression;
using System.Text.Json;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Recordings;

/// <summary>
/// One HTTP exchange between these tests and a real Neo4j 5.26 server, as recorded in
/// <c>../shared/neo4j-recordings/{api}.jsonl.gz</c> beside the repository (one JSON object a
/// line; bodies cut at 20,000 characters). The recordings are not part of the repository: the
/// tests that read them are skipped where the folder is absent.
/// </summary>
internal sealed record RecordedExchange(
    string Method, string Path, IReadOnlyDictionary<string, string> RequestHeaders, string Request, int Status, IReadOnlyDictionary<string, string> ResponseHeaders, string Response)
{
    /// <summary>The length at which the recorder cut bodies; a body this long may be cut short.</summary>
    public const int CutAt = 20_000;

    public static string Folder => System.IO.Path.GetFullPath(System.IO.Path.Combine(Repository.Root, "..", "shared", "neo4j-recordings"));

    /// <summary>Why the recordings' tests cannot run here, or null when they can.</summary>
    public static string? SkipReason(string api) => File.Exists(FileOf(api))
        ? null
        : $"no recordings of a real Neo4j server: {FileOf(api)} is absent (they live beside the repository, not in it)";

    /// <summary>Every recorded exchange over <paramref name="api"/> (<c>transactional</c> or <c>query</c>), in the order sent.</summary>
    public static IEnumerable<RecordedExchange> Read(string api)
    {
        using var file = File.OpenRead(FileOf(api));
        using var unzipped = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(unzipped);
        while (reader.ReadLine() is { } line)
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            yield return new RecordedExchange(
                root.GetProperty("method").GetString()!,
                root.GetProperty("path").GetString()!,
                Headers(root.GetProperty("requestHeaders")),
                root.GetProperty("request").GetString() ?? string.Empty,
                root.GetProperty("status").GetInt32(),
                Headers(root.GetProperty("responseHeaders")),
                root.GetProperty("response").GetString() ?? string.Empty);
        }
    }

    /// <summary>True when the response body is whole JSON: neither empty nor cut by the recorder.</summary>
    public bool HasWholeResponse => Response.Length is > 0 and < CutAt;

    private static string FileOf(string api) => System.IO.Path.Combine(Folder, $"{api}.jsonl.gz");

    private static Dictionary<string, string> Headers(JsonElement headers) =>
        headers.EnumerateObject().ToDictionary(h => h.Name, h => h.Value.GetString() ?? string.Empty, StringComparer.OrdinalIgnoreCase);
}
