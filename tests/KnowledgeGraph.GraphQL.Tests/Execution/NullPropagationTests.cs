using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Tests.Execution;

/// <summary>Expected responses are those the reference implementation gives for the same schema and query.</summary>
public sealed class NullPropagationTests
{
    private static string Q(string json) => json.Replace('\'', '"');

    [Theory]
    [InlineData("{ items }",
        "{'errors':[{'message':'Cannot return null for non-nullable field Query.items.','locations':[{'line':1,'column':3}],'path':['items',1],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':{'items':null}}")]
    [InlineData("{ loose }", "{'data':{'loose':['a',null]}}")]
    [InlineData("{ strict loose }",
        "{'errors':[{'message':'Cannot return null for non-nullable field Query.strict.','locations':[{'line':1,'column':3}],'path':['strict',1],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':null}")]
    [InlineData("{ nested { other inner { value } } }",
        "{'errors':[{'message':'Cannot return null for non-nullable field Inner.value.','locations':[{'line':1,'column':26}],'path':['nested','inner','value'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':{'nested':null}}")]
    public async Task A_null_in_a_non_null_position_nulls_the_nearest_nullable_parent(string query, string expected)
    {
        var json = await TestSchema.ExecuteToJsonAsync(query, schema: CoercionSchema.Create());

        json.Should().Be(Q(expected));
    }

    [Theory]
    [InlineData("{ numbers }",
        "{'errors':[{'message':'item 1 failed','locations':[{'line':1,'column':3}],'path':['numbers',1]}],'data':{'numbers':[1,null,3]}}")]
    [InlineData("{ strictNumbers }",
        "{'errors':[{'message':'item 1 failed','locations':[{'line':1,'column':3}],'path':['strictNumbers',1]}],'data':{'strictNumbers':null}}")]
    [InlineData("{ failing }",
        "{'errors':[{'message':'item 1 failed','locations':[{'line':1,'column':3}],'path':['failing']}],'data':{'failing':null}}")]
    public async Task An_exception_given_as_a_value_fails_that_position_with_its_message(string query, string expected)
    {
        var failure = new GraphQLException("item 1 failed");
        var schema = new SchemaBuilder()
            .Object("Query", type => type
                .Field("numbers", "[Int]", field => field.Resolve(_ => new List<object?> { 1, failure, 3 }))
                .Field("strictNumbers", "[Int!]", field => field.Resolve(_ => new List<object?> { 1, failure, 3 }))
                .Field("failing", "Int", field => field.Resolve(_ => failure)))
            .Build();

        var json = await TestSchema.ExecuteToJsonAsync(query, schema: schema);

        json.Should().Be(Q(expected));
    }

    [Fact]
    public async Task A_null_non_null_field_of_an_interface_value_nulls_the_entity()
    {
        var json = await TestSchema.ExecuteToJsonAsync("{ ghost: entity(id: \"person:2\") { id name } }");

        json.Should().Be(Q("{'errors':[{'message':'Cannot return null for non-nullable field Person.name.','locations':[{'line':1,'column':38}]," +
            "'path':['ghost','name'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],'data':{'ghost':null}}"));
    }
}
