using System.Net;
using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Tests.GraphQL;

namespace KnowledgeGraph.Api.Tests.EndToEnd;

/// <summary>
/// The cost limit at the API's own settings: every contract question at its defaults, with the
/// evidence users ask for, is answered; nesting and aliasing that would hold the server for
/// seconds and gigabytes is refused before it runs, naming the argument to lower.
/// </summary>
public sealed class CostLimitTests(SeededApiFactory host) : IClassFixture<SeededApiFactory>
{
    private const string Evidence = "evidence { quote source { title publishedOn } }";

    public static TheoryData<string> ContractQuestions => new()
    {
        $$"""{ relationships(ref: "常州", first: 100) { edges { node { type from { name } to { name } {{Evidence}} } } } }""",
        $$"""{ entity(ref: "常州") { id name relationships { type from { name } to { name } {{Evidence}} } } }""",
        $$"""{ subgraph(refs: ["武进"], depth: 2, limit: 1000) { truncated nodes { id type name } relationships { id type from { id } to { id } {{Evidence}} } } }""",
        $$"""{ partners(city: "深圳", linkedTo: "武进") { hops entity { name type } path { relationships { type from { name } to { name } {{Evidence}} } } } }""",
        $$"""{ paths(from: "汪泉", to: "江苏芯盛智能科技") { length nodes { id name } relationships { type from { name } to { name } {{Evidence}} } } }""",
        """{ search(text: "合成生物") { score matched entity { id type name nameEn aliases } } }""",
        """{ entities { edges { node { id type name } } pageInfo { endCursor hasNextPage } } }""",
        """{ sources { id title publishedOn } }""",
    };

    [Theory]
    [MemberData(nameof(ContractQuestions))]
    public async Task Every_contract_question_at_its_defaults_with_evidence_is_answered(string query)
    {
        using var client = host.CreateClient();

        var (status, body) = await client.PostAsync(query);

        status.Should().Be(HttpStatusCode.OK, body.Compact());
        body["errors"].Should().BeNull(body.Compact());
    }

    [Fact]
    public async Task Relationships_nested_four_deep_with_first_left_out_are_costed_at_its_default_and_refused()
    {
        using var client = host.CreateClient();
        const string Query = """{ entity(ref: "常州") { relationships { to { relationships { to { relationships { to { relationships { to { name } } } } } } } } } }""";

        var (status, body) = await client.PostAsync(Query);

        Refusal(status, body).Should().Contain("\"first\" of \"entity.relationships\" (100 by default)");
    }

    [Fact]
    public async Task A_page_size_given_as_a_variable_is_costed_at_the_variables_value()
    {
        using var client = host.CreateClient();
        const string Query = """
            query($n: Int) { entity(ref: "常州") { relationships(first: $n) { to { relationships(first: $n) { to { relationships(first: $n) { to { name } } } } } } } }
            """;

        var (status, body) = await client.PostAsync(Query, new Dictionary<string, object?> { ["n"] = 1000 });

        Refusal(status, body).Should().Contain("($n = 1000)");
    }

    [Fact]
    public async Task Many_aliases_of_a_deep_traversal_are_costed_by_their_bounds_and_refused()
    {
        using var client = host.CreateClient();
        var aliases = string.Join(' ', Enumerable.Range(0, 200).Select(i => $$"""p{{i}}: paths(from: "汪泉", to: "武进", maxHops: 8, first: 50) { length }"""));

        var (status, body) = await client.PostAsync($"{{ {aliases} }}");

        Refusal(status, body).Should().Contain("\"first\" of \"paths\" (50, in 200 selections)");
    }

    private static string Refusal(HttpStatusCode status, JsonObject body)
    {
        status.Should().Be(HttpStatusCode.BadRequest, body.Compact());
        var error = body["errors"]![0]!;
        error["extensions"]!["code"].Text().Should().Be("MAX_COST_EXCEEDED");
        error["extensions"]!["cost"]!.GetValue<long>().Should().BeGreaterThan(error["extensions"]!["maxCost"]!.GetValue<long>());
        return error["message"].Text();
    }
}
