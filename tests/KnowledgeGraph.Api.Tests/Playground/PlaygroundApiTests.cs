using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using KnowledgeGraph.Api.Playground;
using Microsoft.AspNetCore.Builder;

namespace KnowledgeGraph.Api.Tests.Playground;

public sealed partial class PlaygroundApiTests
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private static readonly string[] GraphQLMediaTypes = ["application/graphql-response+json", "application/json"];

    [Fact]
    public async Task A_browser_opening_the_endpoint_gets_the_playground_page()
    {
        await using var host = await PlaygroundTestHost.StartInMemoryAsync();

        using var response = await GetAsync(host.Client, "/graphql", BrowserAccept);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        response.Headers.Vary.Should().Contain("Accept");
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        html.Should().Contain("<title>Knowledge graph — GraphQL playground</title>");
        ScriptSource().Match(html).Success.Should().BeTrue(because: "the page loads the bundle's script, and only from its own folder:\n{0}", html);
    }

    [Fact]
    public async Task The_page_refers_to_no_other_host()
    {
        await using var host = await PlaygroundTestHost.StartInMemoryAsync();

        using var response = await GetAsync(host.Client, "/graphql", BrowserAccept);

        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        html.Should().NotMatchRegex("(src|href)=\"(https?:)?//");
        response.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("default-src 'self'");
    }

    [Fact]
    public async Task The_bundle_script_and_stylesheet_are_served_with_their_media_types_for_good()
    {
        await using var host = await PlaygroundTestHost.StartInMemoryAsync();
        using var page = await GetAsync(host.Client, "/graphql", BrowserAccept);
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        using var script = await GetAsync(host.Client, ScriptSource().Match(html).Groups["file"].Value, "*/*");
        using var stylesheet = await GetAsync(host.Client, StylesheetSource().Match(html).Groups["file"].Value, "text/css,*/*;q=0.1");

        script.StatusCode.Should().Be(HttpStatusCode.OK);
        script.Content.Headers.ContentType!.MediaType.Should().Be("text/javascript");
        script.Headers.CacheControl!.ToString().Should().Contain("immutable");
        stylesheet.StatusCode.Should().Be(HttpStatusCode.OK);
        stylesheet.Content.Headers.ContentType!.MediaType.Should().Be("text/css");
        (await stylesheet.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Contain(".graphiql-container");
    }

    [Fact]
    public async Task A_file_the_bundle_does_not_have_is_not_found()
    {
        await using var host = await PlaygroundTestHost.StartInMemoryAsync();

        using var response = await GetAsync(host.Client, "/graphql-playground/index.html", "*/*");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/graphql", "application/graphql-response+json, application/json;q=0.9", true)]
    [InlineData("/graphql", "*/*", true)]
    [InlineData("/graphql?query=%7Bstats%7Bentities%7D%7D", BrowserAccept, true)]
    [InlineData("/graphql", "application/graphql-response+json, application/json;q=0.9", false)]
    [InlineData("/graphql?query=%7Bstats%7Bentities%7D%7D", BrowserAccept, false)]
    public async Task Other_GETs_reach_the_GraphQL_endpoint_whichever_was_mapped_first(string url, string accept, bool playgroundFirst)
    {
        await using var host = await PlaygroundTestHost.StartInMemoryAsync(playgroundFirst: playgroundFirst);

        using var response = await GetAsync(host.Client, url, accept);

        response.Content.Headers.ContentType!.MediaType.Should().BeOneOf(GraphQLMediaTypes);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().StartWith("{");
    }

    [Fact]
    public async Task The_page_is_served_also_when_the_GraphQL_endpoint_was_mapped_first()
    {
        await using var host = await PlaygroundTestHost.StartInMemoryAsync(playgroundFirst: false);

        using var response = await GetAsync(host.Client, "/graphql", BrowserAccept);

        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
    }

    [Fact]
    public async Task A_POST_reaches_the_GraphQL_endpoint()
    {
        await using var host = await PlaygroundTestHost.StartInMemoryAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent("""{"query":"query IntrospectionQuery { __schema { queryType { name } } }","operationName":"IntrospectionQuery"}"""),
        };
        request.Headers.Accept.ParseAdd(BrowserAccept);

        using var response = await host.Client.SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Be("""{"data":{"__schema":{"queryType":{"name":"Query"}}}}""");
    }

    [Fact]
    public async Task The_endpoint_path_with_a_trailing_slash_redirects_to_the_page()
    {
        await using var host = await PlaygroundTestHost.StartInMemoryAsync();

        using var response = await GetAsync(host.Client, "/graphql/", BrowserAccept);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        new Uri(new Uri(host.Client.BaseAddress!, "/graphql/"), response.Headers.Location!).AbsolutePath.Should().Be("/graphql");
    }

    [Fact]
    public async Task At_another_path_the_page_and_its_files_are_served_there()
    {
        await using var host = await PlaygroundTestHost.StartInMemoryAsync(path: "/api/v1/graphql");
        using var page = await GetAsync(host.Client, "/api/v1/graphql", BrowserAccept);
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var script = new Uri(new Uri(host.Client.BaseAddress!, "/api/v1/graphql"), ScriptSource().Match(html).Groups["file"].Value);

        using var response = await GetAsync(host.Client, script.AbsolutePath, "*/*");

        script.AbsolutePath.Should().StartWith("/api/v1/graphql-playground/");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("")]
    [InlineData("graphql")]
    [InlineData("/")]
    [InlineData("/graphql/")]
    [InlineData("//graphql")]
    [InlineData("/api//graphql")]
    [InlineData("/{schema}")]
    [InlineData("/graphql/{**rest}")]
    [InlineData("/graphql?x=1")]
    [InlineData("/graphql#top")]
    public void A_path_that_is_not_an_absolute_literal_path_is_refused_with_the_reason(string path)
    {
        var app = WebApplication.CreateSlimBuilder().Build();

        var map = () => app.MapPlayground(path);

        map.Should().Throw<ArgumentException>()
            .WithParameterName("path")
            .WithMessage($"The playground path '{path}' must be*such as '/graphql'*");
    }

    [Fact]
    public void An_assembly_without_the_bundle_is_refused_with_how_to_build_it()
    {
        var load = () => PlaygroundBundle.Load(typeof(PlaygroundApiTests).Assembly);

        load.Should().Throw<InvalidOperationException>()
            .WithMessage("*not embedded in KnowledgeGraph.Api.Tests*Playground/index.html*Node.js and npm*");
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string url, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept.Length > 0)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static StringContent JsonContent(string json) =>
        new(json, new MediaTypeHeaderValue("application/json"));

    [GeneratedRegex("""<script type="module" crossorigin src="(?<file>\./graphql-playground/index-[\w-]+\.js)"></script>""")]
    private static partial Regex ScriptSource();

    [GeneratedRegex("""<link rel="stylesheet" crossorigin href="(?<file>\./graphql-playground/index-[\w-]+\.css)">""")]
    private static partial Regex StylesheetSource();
}
