using System.Net;

namespace KnowledgeGraph.Api.Tests.Apis;

public sealed class HealthApiTests
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task A_running_host_with_a_reachable_store_is_live_and_ready(string path)
    {
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Be("Healthy");
    }

    [Fact]
    public async Task The_host_creates_its_store_file_on_start()
    {
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();

        File.Exists(factory.DatabasePath).Should().BeTrue();
    }
}
