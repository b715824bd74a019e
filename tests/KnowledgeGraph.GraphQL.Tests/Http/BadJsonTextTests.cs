using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.GraphQL.Tests.Http;

/// <summary>
/// JSON text must be UTF-8 and its strings must decode to whole UTF-16 (RFC 8259 §8): a body
/// that breaks either is a bad request saying what is wrong and where, over a real connection
/// that stays usable.
/// </summary>
public sealed class BadJsonTextTests : IAsyncLifetime
{
    private GraphQLTestHost _host = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _host = await GraphQLTestHost.StartAsync();

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    public static TheoryData<string, byte[], string> BadBodies => new()
    {
        { "bytes FF FE in the query", Body("{\"query\":\"{ greet(name: \\\"", [0xFF, 0xFE], "\\\") }\"}"), "invalid UTF-8 (byte 0xFF) at byte offset 26 (line 1), in the string that starts at byte offset 9" },
        { "a UTF-8 encoded surrogate", Body("{\"query\":\"", [0xED, 0xA0, 0x80], "\"}"), "invalid UTF-8 (byte 0xED) at byte offset 10 (line 1)" },
        { "an overlong encoding", Body("{\"query\":\"", [0xC0, 0xAF], "\"}"), "invalid UTF-8 (byte 0xC0) at byte offset 10 (line 1)" },
        { "a character cut short", Body("{\"query\":\"{ hello }", [0xE5, 0xB8], "\"}"), "invalid UTF-8 (byte 0xE5) at byte offset 19 (line 1)" },
        { "a lone high surrogate escape", Body("""{"query":"\ud800"}"""), "a lone surrogate escape (\\ud800) at byte offset 10 (line 1), in the string that starts at byte offset 9" },
        { "a high surrogate escape before a plain character", Body("""{"query":"\uD83Dx"}"""), "a lone surrogate escape (\\uD83D) at byte offset 10 (line 1)" },
        { "a lone low surrogate escape in a variable", Body("{\"query\":\"{ hello }\",\n\"variables\":{\"n\":\"ok \\udc00\"}}"), "a lone surrogate escape (\\udc00) at byte offset 43 (line 2)" },
        { "bad bytes in a property name", Body("{\"query\":\"{ hello }\",\"extensions\":{\"", [0xFF], "\":1}}"), "invalid UTF-8 (byte 0xFF) at byte offset 36 (line 1), in the string that starts at byte offset 35" },
        { "bad bytes in a member the server ignores", Body("{\"query\":\"{ hello }\",\"comment\":\"", [0xFE], "\"}"), "invalid UTF-8 (byte 0xFE) at byte offset 32 (line 1)" },
        { "offsets count the byte order mark", Body("\uFEFF{\"query\":\"", [0xFF], "\"}"), "invalid UTF-8 (byte 0xFF) at byte offset 13 (line 1)" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task A_body_whose_strings_are_not_unicode_gets_400_saying_what_and_where(string why, byte[] body, string expected)
    {
        using var response = await PostAsync(body);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, why);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/graphql-response+json");
        var message = await SingleErrorMessageAsync(response);
        message.Should().StartWith("The request body is not valid JSON: ").And.Contain(expected);
        using var next = await PostAsync(Body("""{"query":"{ hello }"}"""));
        next.StatusCode.Should().Be(HttpStatusCode.OK, "the connection must stay usable after a bad body");
    }

    [Fact]
    public async Task Escaped_surrogate_pairs_and_escaped_text_still_read()
    {
        using var response = await PostAsync(Body("""{"query":"query ($n: String!) { greet(name: $n) }","variables":{"n":"\ud83d\ude00 \u5e38\u5dde \"q\""}}"""));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation));
        json.RootElement.GetProperty("data").GetProperty("greet").GetString().Should().Be("hello, 😀 常州 \"q\"");
    }

    [Fact]
    public async Task A_get_whose_variables_hold_a_lone_surrogate_escape_gets_400_saying_where()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B%20hello%20%7D&variables=%7B%22n%22%3A%22%5Cud800%22%7D");
        request.Headers.Accept.ParseAdd("application/graphql-response+json");

        using var response = await _host.Client.SendAsync(request, Cancellation);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await SingleErrorMessageAsync(response)).Should().Be(
            "The \"variables\" parameter is not valid JSON: a lone surrogate escape (\\ud800) at byte offset 6 (line 1), in the string that starts at byte offset 5.");
    }

    private static byte[] Body(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Body(string before, byte[] raw, string after) => [.. Encoding.UTF8.GetBytes(before), .. raw, .. Encoding.UTF8.GetBytes(after)];

    private static async Task<string> SingleErrorMessageAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation));
        json.RootElement.TryGetProperty("data", out _).Should().BeFalse();
        return json.RootElement.GetProperty("errors").EnumerateArray().Should().ContainSingle().Subject.GetProperty("message").GetString()!;
    }

    private async Task<HttpResponseMessage> PostAsync(byte[] body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        return await _host.Client.SendAsync(request, Cancellation);
    }
}
