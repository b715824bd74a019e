using System.Diagnostics;

namespace KnowledgeGraph.Api.Tests.Playground;

public sealed class ExampleOperationsTests
{
    [Fact]
    public async Task Every_example_operation_is_valid_against_the_GraphQL_contract_and_the_test_introspection_is_current()
    {
        var script = RepositoryFiles.PathOf("tests/KnowledgeGraph.Api.Tests/Playground/Contract/introspect.mjs");
        var start = new ProcessStartInfo("node", [script]) { RedirectStandardOutput = true, RedirectStandardError = true };

        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = node.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await node.WaitForExitAsync(TestContext.Current.CancellationToken);

        node.ExitCode.Should().Be(0, because: await errors);
        (await output).Should().Contain("example operations are valid against the contract");
    }
}
