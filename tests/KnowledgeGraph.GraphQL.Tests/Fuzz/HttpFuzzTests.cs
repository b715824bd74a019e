using System.Text.Json;
using KnowledgeGraph.GraphQL.Http;
using KnowledgeGraph.GraphQL.Pipeline;
using KnowledgeGraph.GraphQL.Tests.Differential;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.GraphQL.Tests.Fuzz;

/// <summary>
/// Ten thousand seeded bad requests through the HTTP handler in process: every one must be
/// answered, with an allowed status and a well-formed GraphQL response, and never a 500.
/// </summary>
public sealed class HttpFuzzTests
{
    private const int CasesPerSeed = 1_000;

    private static readonly int[] AllowedStatusCodes = [200, 400, 405, 406, 413, 415];

    private static readonly Lazy<(GraphQLHttpHandler Handler, IReadOnlyList<string> Documents)> Subject = new(CreateSubject);

    public static TheoryData<int> Seeds => new(Enumerable.Range(1, 10));

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Every_bad_request_gets_a_well_formed_graphql_response_with_an_allowed_status(int seed)
    {
        var (handler, documents) = Subject.Value;
        var generator = new BadInputGenerator(new Random(seed), documents);

        for (var i = 0; i < CasesPerSeed; i++)
        {
            var request = generator.Next();

            var (status, contentType, body) = await SendAsync(handler, request);

            var problem = ProblemWith(status, contentType, body);
            problem.Should().BeNull($"case {i} of seed {seed} ({request}) was answered {status} {contentType}: {body}");
        }
    }

    private static string? ProblemWith(int status, string? contentType, string body)
    {
        if (!AllowedStatusCodes.Contains(status))
        {
            return "status not allowed";
        }

        if (contentType is not ("application/graphql-response+json; charset=utf-8" or "application/json; charset=utf-8"))
        {
            return "content type";
        }

        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        var hasData = root.TryGetProperty("data", out var data);
        var hasErrors = root.TryGetProperty("errors", out var errors);
        if (root.ValueKind != JsonValueKind.Object || (!hasData && !hasErrors))
        {
            return "neither data nor errors";
        }

        if (hasErrors && (errors.GetArrayLength() == 0 || !errors.EnumerateArray().All(error => error.GetProperty("message").ValueKind == JsonValueKind.String)))
        {
            return "errors without messages";
        }

        return (status != 200 && hasData) || (hasData && data.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
            ? "data where there must be none"
            : null;
    }

    private static async Task<(int Status, string? ContentType, string Body)> SendAsync(GraphQLHttpHandler handler, FuzzRequest request)
    {
        var http = new DefaultHttpContext();
        http.Request.Method = request.Method;
        http.Request.ContentType = request.ContentType;
        if (request.Accept is not null)
        {
            http.Request.Headers.Accept = request.Accept;
        }

        http.Request.QueryString = new QueryString(request.QueryString.Length == 0 ? "" : "?" + request.QueryString);
        http.Request.Body = new MemoryStream(request.Body);
        http.Request.ContentLength = request.Body.Length;
        using var response = new MemoryStream();
        http.Response.Body = response;

        await handler.HandleAsync(http);

        return (http.Response.StatusCode, http.Response.ContentType, System.Text.Encoding.UTF8.GetString(response.ToArray()));
    }

    private static (GraphQLHttpHandler, IReadOnlyList<string>) CreateSubject()
    {
        var corpus = OracleCorpus.Default;
        var starwars = corpus.Schemas["starwars"];
        var executor = new GraphQLRequestExecutor(CorpusSchemas.Build(starwars));
        var handler = new GraphQLHttpHandler(executor, new GraphQLHttpOptions { RootValue = CorpusSchemas.RootValue(starwars), MaxRequestBodySize = 256 * 1024 });
        return (handler, corpus.Cases.Select(testCase => testCase.Document).ToList());
    }
}
