using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary>Bodies whose JSON strings are not Unicode text, sent over real connections to the API host.</summary>
public sealed class BadJsonBodyTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static TheoryData<byte[], string> BadBodies => new()
    {
        { [.. "{\"query\":\"{ search(text: \\\""u8, 0xFF, 0xFE, .. "\\\") { entity { name } } }\"}"u8], "invalid UTF-8 (byte 0xFF) at byte offset 27 (line 1)" },
        { """{"query":"{ search(text: \"x\") { entity { name } } }","variables":{"text":"\ud800"}}"""u8.ToArray(), "a lone surrogate escape (\\ud800) at byte offset 76 (line 1)" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task A_body_with_a_string_that_is_not_unicode_gets_400_with_a_graphql_error_and_the_connection_lives_on(byte[] body, string where)
    {
        await using var factory = new ApiFactory();
        using var client = new HttpClient { BaseAddress = factory.StartOnLoopback() };

        var (status, answer) = await PostAsync(client, body);
        var (nextStatus, _) = await PostAsync(client, """{"query":"{ __typename }"}"""u8.ToArray());

        status.Should().Be(HttpStatusCode.BadRequest);
        answer["data"].Should().BeNull();
        answer["errors"]!.AsArray().Should().ContainSingle()
            .Which!["message"]!.GetValue<string>().Should().StartWith("The request body is not valid JSON: ").And.Contain(where);
        nextStatus.Should().Be(HttpStatusCode.OK);
    }

    private static async Task<(HttpStatusCode Status, JsonObject Body)> PostAsync(HttpClient client, byte[] body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await client.SendAsync(request, Cancellation);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancellation))!.AsObject());
    }
}
