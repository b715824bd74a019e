namespace KnowledgeGraph.Storage.Neo4j.Tests.Http;

/// <summary>Secrets in settings; that no failure on the wire shows them is a case of <see cref="CypherRunnerProtocolTests"/>.</summary>
public sealed class SecretTests
{
    private const string Password = Fakes.TestRunners.Password;

    [Fact]
    public void Invalid_options_do_not_show_the_credentials_of_the_address()
    {
        var options = new Neo4jStoreOptions { Uri = new Uri($"bolt://admin:{Password}@db.example:7687"), Password = Password };

        var validate = options.Validate;

        validate.Should().Throw<ArgumentException>().Which.Message.Should().Contain("bolt://db.example:7687").And.NotContain(Password).And.NotContain("admin");
    }
}
