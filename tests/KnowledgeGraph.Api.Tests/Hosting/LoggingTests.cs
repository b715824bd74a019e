using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Tests.Hosting;

public sealed class LoggingTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Console_logs_are_lines_for_people_by_default()
    {
        await using var factory = new ApiFactory();

        var console = factory.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;

        console.FormatterName.Should().Be(ConsoleFormatterNames.Simple);
    }

    [Fact]
    public async Task The_console_format_is_chosen_by_configuration()
    {
        await using var factory = new ApiFactory(new Dictionary<string, string?> { ["Logging:Console:FormatterName"] = "json" });

        var console = factory.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;

        console.FormatterName.Should().Be(ConsoleFormatterNames.Json);
    }

    [Fact]
    public async Task Each_request_is_logged_once_with_method_path_query_status_and_duration()
    {
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/export/subgraph.json?refs=nobody", Cancellation);

        var entry = factory.Logs.Entries.Should().ContainSingle(e => e.Category == "Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware").Subject;
        entry.Message.Should().Contain("GET").And.Contain("/export/subgraph.json").And.Contain("refs=nobody")
            .And.Contain("400").And.Contain("Duration");
    }
}
