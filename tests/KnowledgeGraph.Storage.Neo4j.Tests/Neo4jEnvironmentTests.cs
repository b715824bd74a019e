namespace KnowledgeGraph.Storage.Neo4j.Tests;

public sealed class Neo4jEnvironmentTests
{
    [Theory]
    [InlineData("neo4j", true)]
    [InlineData(" Neo4j ", true)]
    [InlineData("sqlite", false)]
    [InlineData(null, false)]
    public void The_store_is_selected_by_KG_STORE(string? value, bool selected) =>
        Neo4jEnvironment.IsSelected(Lookup(new() { ["KG_STORE"] = value })).Should().Be(selected);

    [Fact]
    public void Options_are_read_from_the_variables()
    {
        var options = Neo4jEnvironment.ReadOptions(Lookup(new()
        {
            ["NEO4J_URI"] = "https://abcd1234.databases.neo4j.io",
            ["NEO4J_USER"] = "reader",
            ["NEO4J_PASSWORD"] = "secret",
            ["NEO4J_DATABASE"] = "graph",
        }));

        options.Uri.Should().Be(new Uri("https://abcd1234.databases.neo4j.io"));
        options.User.Should().Be("reader");
        options.Password.Should().Be("secret");
        options.Database.Should().Be("graph");
    }

    [Fact]
    public void User_and_database_default_to_neo4j_and_the_password_to_none()
    {
        var options = Neo4jEnvironment.ReadOptions(Lookup(new() { ["NEO4J_URI"] = "http://localhost:7474", ["NEO4J_USER"] = " " }));

        options.User.Should().Be("neo4j");
        options.Database.Should().Be("neo4j");
        options.Password.Should().BeNull();
    }

    [Theory]
    [InlineData("http://localhost:7474", null, Neo4jApi.Transactional)]
    [InlineData("https://abcd1234.databases.neo4j.io", null, Neo4jApi.Query)]
    [InlineData("https://ABCD1234.Databases.Neo4j.IO", " ", Neo4jApi.Query)]
    [InlineData("http://localhost:7474", "query", Neo4jApi.Query)]
    [InlineData("http://localhost:7474", " Query ", Neo4jApi.Query)]
    [InlineData("https://abcd1234.databases.neo4j.io", "transactional", Neo4jApi.Transactional)]
    [InlineData("https://databases.neo4j.io.example.org", "TRANSACTIONAL", Neo4jApi.Transactional)]
    [InlineData("https://databases.neo4j.io.example.org", null, Neo4jApi.Transactional)]
    public void The_API_comes_from_NEO4J_API_and_an_Aura_address_defaults_to_the_Query_API(string uri, string? api, Neo4jApi expected)
    {
        var options = Neo4jEnvironment.ReadOptions(Lookup(new() { ["NEO4J_URI"] = uri, ["NEO4J_API"] = api }));

        options.ResolvedApi.Should().Be(expected);
    }

    [Theory]
    [InlineData("bolt")]
    [InlineData("query-api")]
    [InlineData("http")]
    public void An_API_that_is_not_one_is_a_clear_error(string api)
    {
        var read = () => Neo4jEnvironment.ReadOptions(Lookup(new() { ["NEO4J_URI"] = "http://localhost:7474", ["NEO4J_API"] = api }));

        read.Should().Throw<ArgumentException>()
            .WithMessage($"NEO4J_API is '{api}', which names no Neo4j HTTP API; expected transactional or query (unset means query for an Aura address, transactional otherwise).*");
    }

    [Fact]
    public void An_API_option_outside_the_enumeration_is_named()
    {
        var options = new Neo4jStoreOptions { Uri = new Uri("http://localhost:7474"), Api = (Neo4jApi)7 };

        var validate = options.Validate;

        validate.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("Api");
    }

    [Theory]
    [InlineData(null, "NEO4J_URI is not set")]
    [InlineData("neo4j host", "not an absolute address")]
    [InlineData("localhost:7474", "must be an http:// or https:// address")]
    [InlineData("neo4j+s://abcd1234.databases.neo4j.io", "becomes https://host")]
    [InlineData("bolt://localhost:7687", "http://host:7474")]
    public void A_missing_or_wrong_address_is_a_clear_error(string? uri, string message)
    {
        var read = () => Neo4jEnvironment.ReadOptions(Lookup(new() { ["NEO4J_URI"] = uri }));

        read.Should().Throw<ArgumentException>().WithMessage($"*{message}*");
    }

    [Fact]
    public void A_database_name_that_is_not_one_is_a_clear_error()
    {
        var read = () => Neo4jEnvironment.ReadOptions(Lookup(new() { ["NEO4J_URI"] = "http://localhost:7474", ["NEO4J_DATABASE"] = "neo4j/tx" }));

        read.Should().Throw<ArgumentException>().WithMessage("*Database*'neo4j/tx' is not a database name*");
    }

    public static TheoryData<string, Func<Neo4jStoreOptions, Neo4jStoreOptions>> OutOfRange => new()
    {
        { "AttemptTimeout", o => Copy(o, attemptTimeout: TimeSpan.Zero) },
        { "MaxRetryAttempts", o => Copy(o, maxRetryAttempts: -1) },
        { "RetryMaxDelay", o => Copy(o, retryMaxDelay: TimeSpan.FromMilliseconds(1)) },
        { "BreakerFailureRatio", o => Copy(o, breakerFailureRatio: 0) },
        { "BreakerMinimumThroughput", o => Copy(o, breakerMinimumThroughput: 1) },
        { "BatchSize", o => Copy(o, batchSize: 0) },
        { "MaxRequestBytes", o => Copy(o, maxRequestBytes: 10) },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void A_setting_out_of_range_is_named(string setting, Func<Neo4jStoreOptions, Neo4jStoreOptions> spoil)
    {
        var options = spoil(new Neo4jStoreOptions { Uri = new Uri("http://localhost:7474") });

        var validate = options.Validate;

        validate.Should().Throw<ArgumentException>().Which.ParamName.Should().Be(setting);
    }

    private static Neo4jStoreOptions Copy(
        Neo4jStoreOptions o, TimeSpan? attemptTimeout = null, int? maxRetryAttempts = null, TimeSpan? retryMaxDelay = null,
        double? breakerFailureRatio = null, int? breakerMinimumThroughput = null, int? batchSize = null, int? maxRequestBytes = null) => new()
    {
        Uri = o.Uri,
        AttemptTimeout = attemptTimeout ?? o.AttemptTimeout,
        MaxRetryAttempts = maxRetryAttempts ?? o.MaxRetryAttempts,
        RetryMaxDelay = retryMaxDelay ?? o.RetryMaxDelay,
        BreakerFailureRatio = breakerFailureRatio ?? o.BreakerFailureRatio,
        BreakerMinimumThroughput = breakerMinimumThroughput ?? o.BreakerMinimumThroughput,
        BatchSize = batchSize ?? o.BatchSize,
        MaxRequestBytes = maxRequestBytes ?? o.MaxRequestBytes,
    };

    private static Func<string, string?> Lookup(Dictionary<string, string?> variables) => name => variables.GetValueOrDefault(name);
}
