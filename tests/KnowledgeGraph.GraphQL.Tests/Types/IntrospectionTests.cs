using System.Text.Json;
using KnowledgeGraph.GraphQL.Execution;

namespace KnowledgeGraph.GraphQL.Tests.Types;

public sealed class IntrospectionTests
{
    /// <summary>JSON written with single quotes, for readability.</summary>
    private static string Q(string json) => json.Replace('\'', '"');

    [Fact]
    public async Task The_full_introspection_query_describes_the_test_schema()
    {
        var query = Golden.Read("Types/Golden/introspection-query.graphql");

        var result = await TestSchema.ExecuteAsync(query);

        result.Errors.Should().BeEmpty();
        var json = ResponseWriter.ToJson(result, indented: true).ReplaceLineEndings("\n") + "\n";
        json.Should().Be(Golden.Read("Types/Golden/introspection-result.json"));
    }

    [Fact]
    public async Task A_single_type_is_found_by_name_with_its_deprecated_values_on_request()
    {
        var json = await TestSchema.ExecuteToJsonAsync(
            "{ __type(name: \"Kind\") { kind name enumValues { name } all: enumValues(includeDeprecated: true) { name isDeprecated deprecationReason } } }");

        json.Should().Be(
            Q("{'data':{'__type':{'kind':'ENUM','name':'Kind','enumValues':[{'name':'PERSON'},{'name':'PLACE'}],") +
            Q("'all':[{'name':'PERSON','isDeprecated':false,'deprecationReason':null},{'name':'PLACE','isDeprecated':false,'deprecationReason':null},") +
            Q("{'name':'ORGANISATION','isDeprecated':true,'deprecationReason':'Merged into PLACE.'}]}}}"));
    }

    [Fact]
    public async Task Interfaces_of_interfaces_and_possible_types_are_listed()
    {
        var json = await TestSchema.ExecuteToJsonAsync(
            "{ located: __type(name: \"Located\") { interfaces { name } possibleTypes { name } } entity: __type(name: \"Entity\") { possibleTypes { name } } }");

        json.Should().Be(
            Q("{'data':{'located':{'interfaces':[{'name':'Entity'}],'possibleTypes':[{'name':'Person'}]},") +
            Q("'entity':{'possibleTypes':[{'name':'Person'},{'name':'Place'}]}}}"));
    }

    [Fact]
    public async Task Typename_names_the_runtime_object_type()
    {
        var json = await TestSchema.ExecuteToJsonAsync("{ __typename entity(id: \"place:wujin\") { __typename } }");

        json.Should().Be(Q("{'data':{'__typename':'Root','entity':{'__typename':'Place'}}}"));
    }

    [Fact]
    public async Task Introspection_can_be_switched_off()
    {
        var result = await TestSchema.ExecuteAsync("{ __schema { queryType { name } } }", options: new ExecutionOptions { EnableIntrospection = false });

        result.Data.Should().BeNull();
        var error = result.Errors.Should().ContainSingle().Which;
        error.Code.Should().Be(ErrorCodes.IntrospectionDisabled);
        error.Message.Should().Be("GraphQL introspection has been disabled, but the requested query contained the field \"__schema\".");
    }

    [Fact]
    public async Task Typename_stays_available_when_introspection_is_switched_off()
    {
        var result = await TestSchema.ExecuteAsync("{ __typename }", options: new ExecutionOptions { EnableIntrospection = false });

        result.Errors.Should().BeEmpty();
        result.Data!["__typename"].Should().Be("Root");
    }

    [Fact]
    public void The_golden_result_is_valid_json_with_every_test_type()
    {
        using var document = JsonDocument.Parse(Golden.Read("Types/Golden/introspection-result.json"));

        var names = document.RootElement.GetProperty("data").GetProperty("__schema").GetProperty("types")
            .EnumerateArray().Select(type => type.GetProperty("name").GetString()).ToList();

        names.Should().Contain(["Root", "Mutation", "Entity", "Located", "Person", "Place", "SearchResult", "Kind", "Filter", "Date", "__Schema"]);
    }
}
