using KnowledgeGraph.Api.GraphQL;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.GraphQL;

public sealed class RegistrationTests
{
    [Fact]
    public async Task The_registered_schema_is_one_instance_that_answers_from_the_registered_store()
    {
        var services = new ServiceCollection()
            .AddSingleton(GraphSchema.Default)
            .AddSingleton<IGraphStore>(await SampleGraph.InMemoryAsync())
            .AddSingleton<GraphQueryService>()
            .AddKnowledgeGraphSchema();
        await using var provider = services.BuildServiceProvider();

        var schema = provider.GetRequiredService<GraphQLSchema>();
        var result = await Executor.ExecuteAsync(schema, Parser.Parse("""{ entity(ref: "Wujin") { id } }"""), cancellationToken: TestContext.Current.CancellationToken);

        provider.GetRequiredService<GraphQLSchema>().Should().BeSameAs(schema);
        ResponseWriter.ToJson(result).Should().Be("""{"data":{"entity":{"id":"place:wujin"}}}""");
    }
}
