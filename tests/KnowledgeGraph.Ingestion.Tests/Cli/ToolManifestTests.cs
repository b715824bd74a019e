using System.Text.Json;
using System.Xml.Linq;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Ingestion.Tests.Cli;

/// <summary>The repository's tool manifest restores what the command-line project packs, so that <c>dotnet kg</c> finds it.</summary>
public sealed class ToolManifestTests
{
    private const string ProjectFile = "src/KnowledgeGraph.Ingestion/KnowledgeGraph.Ingestion.csproj";
    private const string ManifestFile = ".config/dotnet-tools.json";

    [Fact]
    public void The_tool_manifest_names_the_package_version_and_command_that_the_project_packs()
    {
        var project = XDocument.Load(Repository.PathOf(ProjectFile));
        using var manifest = JsonDocument.Parse(File.ReadAllText(Repository.PathOf(ManifestFile)));

        Property(project, "PackAsTool").Should().Be("true");
        manifest.RootElement.GetProperty("tools").TryGetProperty(Property(project, "PackageId").ToLowerInvariant(), out var tool)
            .Should().BeTrue($"{ManifestFile} must list the package {ProjectFile} packs, by its id in lower case");
        tool.GetProperty("version").GetString().Should().Be(Property(project, "Version"));
        tool.GetProperty("commands").EnumerateArray().Select(command => command.GetString()).Should().Equal(Property(project, "ToolCommandName"));
    }

    private static string Property(XDocument project, string name) =>
        project.Descendants(name).Select(element => element.Value).SingleOrDefault()
        ?? throw new InvalidOperationException($"{ProjectFile} sets no {name}");
}
