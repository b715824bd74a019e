using System.Text;
using KnowledgeGraph.GraphQL.Http;
using KnowledgeGraph.GraphQL.Pipeline;
using KnowledgeGraph.GraphQL.Types;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.GraphQL.Tests.Http;

public sealed class GraphQLHttpHandlerTests
{
    [Fact]
    public async Task A_client_that_disconnects_cancels_its_request_and_gets_no_answer()
    {
        using var disconnect = new CancellationTokenSource();
        var resolverSawCancellation = new TaskCompletionSource();
        var schema = new SchemaBuilder()
            .AddSdl("type Query { slow: String }")
            .Resolve("Query", "slow", async context =>
            {
                await disconnect.CancelAsync();
                try
                {
                    await Task.Delay(Timeout.InfiniteTimeSpan, context.CancellationToken);
                }
                catch (OperationCanceledException)
                {
                    resolverSawCancellation.TrySetResult();
                    throw;
                }

                return "never";
            })
            .Build();
        var handler = new GraphQLHttpHandler(new GraphQLRequestExecutor(schema), new GraphQLHttpOptions());
        var http = JsonPost("""{"query":"{ slow }"}""");
        http.RequestAborted = disconnect.Token;

        await handler.HandleAsync(http);

        http.Response.Body.Length.Should().Be(0);
        await resolverSawCancellation.Task.WaitAsync(TestContext.Current.CancellationToken);
        resolverSawCancellation.Task.IsCompletedSuccessfully.Should().BeTrue();
    }

    [Fact]
    public async Task An_unexpected_failure_of_the_handler_is_a_500_with_a_graphql_error_and_no_details()
    {
        var reported = new List<Exception>();
        var executor = new GraphQLRequestExecutor(GraphQLTestHost.Schema(), new GraphQLRequestOptions { OnUnexpectedError = (exception, _) => reported.Add(exception) });
        var handler = new GraphQLHttpHandler(executor, new GraphQLHttpOptions { ContextFactory = _ => throw new InvalidOperationException("secret detail") });
        var http = JsonPost("""{"query":"{ hello }"}""");

        await handler.HandleAsync(http);

        http.Response.StatusCode.Should().Be(500);
        ReadBody(http).Should().Be("""{"errors":[{"message":"Unexpected error.","extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}""");
        reported.Should().ContainSingle().Which.Message.Should().Be("secret detail");
    }

    private static DefaultHttpContext JsonPost(string body)
    {
        var http = new DefaultHttpContext();
        http.Request.Method = "POST";
        http.Request.ContentType = "application/json";
        http.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        http.Response.Body = new MemoryStream();
        return http;
    }

    private static string ReadBody(HttpContext http) => Encoding.UTF8.GetString(((MemoryStream)http.Response.Body).ToArray());
}
