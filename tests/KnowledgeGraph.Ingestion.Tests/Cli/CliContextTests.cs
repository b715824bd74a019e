using KnowledgeGraph.Ingestion.Cli;
using Spectre.Console;

namespace KnowledgeGraph.Ingestion.Tests.Cli;

public sealed class CliContextTests
{
    [Fact]
    public void NO_COLOR_turns_colours_and_escape_codes_off()
    {
        var context = CliContext.ForTerminal(name => name == "NO_COLOR" ? "1" : null);

        context.Console.Profile.Capabilities.Ansi.Should().BeFalse();
        context.Console.Profile.Capabilities.ColorSystem.Should().Be(ColorSystem.NoColors);
    }
}
