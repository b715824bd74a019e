using System.Diagnostics;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Api.Tests.Playground;

public sealed class ExampleOperationsTests
{
    [Fact]
    public async Task Every_example_operation_is_valid_against_the_schema_the_host_serves()
    {
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        var schemaFile = Path.Combine(Directory.CreateTempSubdirectory("kg-schema-").FullName, "schema.graphql");
        await File.WriteAllTextAsync(schemaFile, await client.GetStringAsync("/graphql/schema.graphql", TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
        var script = Repository.PathOf("tests/KnowledgeGraph.Api.Tests/Playground/validate-examples.mjs");
        var start = new ProcessStartInfo("node", [script, schemaFile]) { RedirectStandardOutput = true, RedirectStandardError = true };

        try
        {
            using var node = Process.Start(start)!;
            var output = node.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var errors = node.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            await node.WaitForExitAsync(TestContext.Current.CancellationToken);

            node.ExitCode.Should().Be(0, because: await errors);
            (await output).Should().Contain("example operations are valid against the schema");
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(schemaFile)!, recursive: true);
        }
    }
}
