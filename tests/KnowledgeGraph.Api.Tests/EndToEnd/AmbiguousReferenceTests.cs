using System.Net;
using KnowledgeGraph.Api.Tests.GraphQL;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Api.Tests.EndToEnd;

public sealed class AmbiguousReferenceTests
{
    [Fact]
    public async Task A_name_shared_by_two_entities_is_a_coded_error_listing_both_over_HTTP()
    {
        await using var factory = new ApiFactory();
        await factory.SeedAsync(new GraphChangeSet
        {
            UpsertEntities = [new Entity("place:changzhou", "CITY", "常州市") { Aliases = ["常州"] }, new Entity("org:changzhou-gov", "GOVERNMENT_BODY", "常州市人民政府") { Aliases = ["常州"] }],
        });
        using var client = factory.CreateClient();

        var (status, body) = await client.PostAsync("""{ entity(ref: "常州") { id } }""");

        status.Should().Be(HttpStatusCode.OK);
        body["errors"]![0]!["extensions"]!["code"].Text().Should().Be("AMBIGUOUS_REFERENCE");
        body["errors"]![0]!["extensions"]!["candidates"].Compact().Should().Be("""["org:changzhou-gov","place:changzhou"]""");
    }
}
