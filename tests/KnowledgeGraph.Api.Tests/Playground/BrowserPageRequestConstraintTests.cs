using KnowledgeGraph.Api.Playground;
using KnowledgeGraph.GraphQL.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace KnowledgeGraph.Api.Tests.Playground;

public sealed class BrowserPageRequestConstraintTests
{
    private const string ChromeNavigationAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    [Theory]
    [InlineData("GET", ChromeNavigationAccept, "")]
    [InlineData("GET", "text/html", "")]
    [InlineData("GET", "TEXT/HTML", "")]
    [InlineData("GET", "application/json;q=0.9, text/html;q=0.1", "")]
    [InlineData("GET", ChromeNavigationAccept, "?operationName=Stats")]
    public void A_browser_opening_the_page_is_a_page_request(string method, string accept, string queryString)
    {
        var request = Request(method, accept, queryString);

        Matches(request).Should().BeTrue();
    }

    [Theory]
    [InlineData("GET", ChromeNavigationAccept, "?query={stats{entities}}")]
    [InlineData("GET", "text/html", "?query=")]
    [InlineData("GET", "application/graphql-response+json, application/json;q=0.9", "")]
    [InlineData("GET", "application/json", "")]
    [InlineData("GET", "*/*", "")]
    [InlineData("GET", "", "")]
    [InlineData("GET", "text/html;q=0", "")]
    [InlineData("POST", ChromeNavigationAccept, "")]
    [InlineData("HEAD", ChromeNavigationAccept, "")]
    public void Other_requests_are_left_to_the_GraphQL_endpoint(string method, string accept, string queryString)
    {
        var request = Request(method, accept, queryString);

        Matches(request).Should().BeFalse();
    }

    [Theory]
    [InlineData("GET", ChromeNavigationAccept, "")]
    [InlineData("GET", "text/html;q=nonsense", "")]
    [InlineData("GET", "text/html,,;;\"", "")]
    [InlineData("GET", "text/html;q=0", "")]
    [InlineData("GET", "application/json", "")]
    [InlineData("GET", ChromeNavigationAccept, "?query={stats{entities}}")]
    [InlineData("POST", ChromeNavigationAccept, "")]
    public void The_page_and_the_GraphQL_endpoint_agree_on_every_request(string method, string accept, string queryString)
    {
        var request = Request(method, accept, queryString);

        Matches(request).Should().Be(GraphQLHttp.IsBrowserPageRequest(request));
    }

    [Fact]
    public void Links_to_the_page_can_be_generated()
    {
        var constraint = new BrowserPageRequestConstraint();

        var matches = constraint.Match(httpContext: null, route: null, BrowserPageRequestConstraint.RouteKey, [], RouteDirection.UrlGeneration);

        matches.Should().BeTrue();
    }

    private static bool Matches(HttpRequest request) =>
        new BrowserPageRequestConstraint().Match(request.HttpContext, route: null, BrowserPageRequestConstraint.RouteKey, [], RouteDirection.IncomingRequest);

    private static HttpRequest Request(string method, string accept, string queryString)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.QueryString = new QueryString(queryString);
        if (accept.Length > 0)
        {
            context.Request.Headers.Accept = accept;
        }

        return context.Request;
    }
}
