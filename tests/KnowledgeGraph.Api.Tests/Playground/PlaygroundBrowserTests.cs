using Microsoft.Playwright;

namespace KnowledgeGraph.Api.Tests.Playground;

/// <summary>
/// Opens the playground in the system's Chromium (Debian package `chromium`, installed by
/// .ci/setup.d/playground.sh), driven by Playwright, against the real API host on a loopback
/// port: real schema, real seed ingested by the host's worker.
/// </summary>
public sealed class PlaygroundBrowserTests
{
    private const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    [Fact]
    public async Task The_playground_runs_the_default_example_against_the_real_endpoint_using_nothing_but_its_own_host()
    {
        Assert.SkipUnless(File.Exists(ChromiumPath), $"No Chromium at {ChromiumPath}: install the Debian package `chromium` (.ci/setup.d/playground.sh does) to run the browser test.");
        await using var host = await SeededApiFactory.StartOnLoopbackAsync();
        var origin = host.ListeningAddress.GetLeftPart(UriPartial.Authority);
        var profile = Directory.CreateTempSubdirectory("kg-playground-profile-");
        var screenshot = Path.Combine(profile.FullName, "..", $"{profile.Name}.png");
        try
        {
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchPersistentContextAsync(profile.FullName, new()
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = ChromiumArguments,
                ViewportSize = new() { Width = 1400, Height = 900 },
            });
            var page = browser.Pages.Count > 0 ? browser.Pages[0] : await browser.NewPageAsync();
            var foreignRequests = new List<string>();
            var consoleErrors = new List<string>();
            page.Request += (_, request) => RecordForeign(request.Url, origin, foreignRequests);
            page.Console += (_, message) => RecordError(message, consoleErrors);
            page.PageError += (_, error) => consoleErrors.Add(error);

            await page.GotoAsync($"{origin}/graphql");
            // The editors load after the page; the example runs with its variables once they are in.
            await Assertions.Expect(page.Locator(".graphiql-editor-tool")).ToContainTextAsync("武进");
            await page.Locator(".graphiql-execute-button").ClickAsync();
            // The result editor renders only its visible lines: the first partner, 0 hops away, is among them.
            await Assertions.Expect(page.Locator(".graphiql-response")).ToContainTextAsync("深圳市汇川技术股份有限公司");
            await page.ScreenshotAsync(new() { Path = screenshot });

            (await page.TitleAsync()).Should().Be("Knowledge graph — GraphQL playground");
            new FileInfo(screenshot).Length.Should().BePositive();
            foreignRequests.Should().BeEmpty(because: "the playground must work with no internet");
            consoleErrors.Should().BeEmpty();
        }
        finally
        {
            File.Delete(screenshot);
            profile.Delete(recursive: true);
        }
    }

    private static void RecordForeign(string url, string origin, List<string> foreignRequests)
    {
        var sameOrigin = url.StartsWith(origin + "/", StringComparison.Ordinal)
            || url.StartsWith("data:", StringComparison.Ordinal)
            || url.StartsWith("blob:" + origin + "/", StringComparison.Ordinal);
        if (!sameOrigin)
        {
            foreignRequests.Add(url);
        }
    }

    private static void RecordError(IConsoleMessage message, List<string> consoleErrors)
    {
        if (message.Type == "error")
        {
            consoleErrors.Add(message.Text);
        }
    }
}
