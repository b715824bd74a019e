using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Api.Tests.Exports;

/// <summary>
/// Reviewed expected outputs in <c>Exports/Golden</c>. On a mismatch the output received is
/// written beside the copy in the test's output directory (<c>name.received</c>), to review
/// and copy over the golden file when the change is intended.
/// </summary>
internal static class Golden
{
    /// <summary>Indented, with Chinese text as it is, so that the golden file reads like the data.</summary>
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The query every golden file answers: two starting points, one step out.</summary>
    public static string Query => $"{ExportTestGraph.Refs("深圳湾实验室", "org:aac-optics")}&depth=1";

    /// <summary>
    /// Compares text, ignoring only the line-ending convention (CSV ends lines with CRLF, the
    /// files in git with LF) and whether the text ends with a line break.
    /// </summary>
    public static void TextMatches(string name, string actual)
    {
        var received = actual.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') + "\n";
        var expected = Read(name);
        if (received != expected)
        {
            Receive(name, received);
        }

        received.Should().Be(expected, $"the export should match the reviewed golden file {name}");
    }

    /// <summary>Compares JSON by value, so the golden file can be indented for review.</summary>
    public static void JsonMatches(string name, string actual)
    {
        var received = JsonNode.Parse(actual);
        var expectedText = Read(name);
        var expected = expectedText.Length == 0 ? null : JsonNode.Parse(expectedText);
        var equal = JsonNode.DeepEquals(received, expected);
        if (!equal)
        {
            Receive(name, received!.ToJsonString(Indented));
        }

        equal.Should().BeTrue($"the export should match the reviewed golden file {name}");
    }

    private static string Read(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Exports", "Golden", name);
        return File.Exists(path) ? File.ReadAllText(path) : string.Empty;
    }

    private static void Receive(string name, string received)
    {
        var directory = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "Exports", "Golden"));
        File.WriteAllText(Path.Combine(directory.FullName, name + ".received"), received);
    }
}
