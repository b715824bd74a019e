using KnowledgeGraph.GraphQL.Execution;

namespace KnowledgeGraph.GraphQL.Tests.Execution;

public sealed class CoercionTests
{
    public static TheoryData<string, string> ValidLiterals => new()
    {
        { "int: 5", "{int: 5i, required: 7i}" },
        { "int: -0", "{int: 0i, required: 7i}" },
        { "float: 1", "{float: 1d, required: 7i}" },
        { "float: 1.5e3", "{float: 1500d, required: 7i}" },
        { "string: \"中文\"", "{string: \"中文\", required: 7i}" },
        { "bool: false", "{bool: false, required: 7i}" },
        { "id: 5", "{id: \"5\", required: 7i}" },
        { "id: \"person:1\"", "{id: \"person:1\", required: 7i}" },
        { "color: GREEN", "{color: 2i, required: 7i}" },
        { "list: 1", "{list: [1i], required: 7i}" },
        { "list: [1, 2]", "{list: [1i, 2i], required: 7i}" },
        { "point: {x: 1}", "{point: {x: 1i, y: 0i}, required: 7i}" },
        { "int: null", "{int: null, required: 7i}" },
        { "required: 3", "{required: 3i}" },
    };

    public static TheoryData<string, string> InvalidLiterals => new()
    {
        { "int: 2147483648", "Argument \"int\" has invalid value 2147483648." },
        { "int: 1.5", "Argument \"int\" has invalid value 1.5." },
        { "color: \"RED\"", "Argument \"color\" has invalid value \"RED\"." },
        { "list: [1, null]", "Argument \"list\" has invalid value [1, null]." },
        { "point: {y: 1}", "Argument \"point\" has invalid value {y: 1}." },
        { "required: null", "Argument \"required\" of non-null type \"Int!\" must not be null." },
    };

    /// <summary>Variable values and the messages the reference implementation gives for them.</summary>
    public static TheoryData<string, object?, string> InvalidVariables => new()
    {
        { "Int", "5", "Variable \"$v\" got invalid value \"5\"; Int cannot represent non-integer value: \"5\"" },
        { "Int", 2147483648L, "Variable \"$v\" got invalid value 2147483648; Int cannot represent non 32-bit signed integer value: 2147483648" },
        { "String", 1, "Variable \"$v\" got invalid value 1; String cannot represent a non string value: 1" },
        { "Color", "BLUE", "Variable \"$v\" got invalid value \"BLUE\"; Value \"BLUE\" does not exist in \"Color\" enum." },
        { "Color", "red", "Variable \"$v\" got invalid value \"red\"; Value \"red\" does not exist in \"Color\" enum. Did you mean the enum value \"RED\"?" },
        {
            "Color", "GREEM",
            "Variable \"$v\" got invalid value \"GREEM\"; Value \"GREEM\" does not exist in \"Color\" enum. Did you mean the enum value \"GREEN\" or \"RED\"?"
        },
        { "Color", 1, "Variable \"$v\" got invalid value 1; Enum \"Color\" cannot represent non-string value: 1." },
        { "Boolean", "true", "Variable \"$v\" got invalid value \"true\"; Boolean cannot represent a non boolean value: \"true\"" },
        { "ID", 1.5, "Variable \"$v\" got invalid value 1.5; ID cannot represent value: 1.5" },
        { "Float", "x", "Variable \"$v\" got invalid value \"x\"; Float cannot represent non numeric value: \"x\"" },
        { "Point", new Dictionary<string, object?>(), "Variable \"$v\" got invalid value {}; Field \"x\" of required type \"Int!\" was not provided." },
        {
            "Point", new Dictionary<string, object?> { ["x"] = 1, ["z"] = 2 },
            "Variable \"$v\" got invalid value { x: 1, z: 2 }; Field \"z\" is not defined by type \"Point\". Did you mean \"x\" or \"y\"?"
        },
        { "Point", new Dictionary<string, object?> { ["x"] = "a" }, "Variable \"$v\" got invalid value \"a\" at \"v.x\"; Int cannot represent non-integer value: \"a\"" },
        { "[Int!]", new List<object?> { 1, null }, "Variable \"$v\" got invalid value null at \"v[1]\"; Expected non-nullable type \"Int!\" not to be null." },
        { "Int!", null, "Variable \"$v\" of non-null type \"Int!\" must not be null." },
    };

    [Theory]
    [MemberData(nameof(ValidLiterals))]
    public async Task Literal_arguments_are_coerced_to_their_types(string arguments, string expected)
    {
        var result = await TestSchema.ExecuteAsync($"{{ echo({arguments}) }}", schema: CoercionSchema.Create());

        result.Errors.Should().BeEmpty();
        result.Data!["echo"].Should().Be(expected);
    }

    [Theory]
    [MemberData(nameof(InvalidLiterals))]
    public async Task Invalid_literal_arguments_fail_the_field_with_bad_user_input(string arguments, string message)
    {
        var result = await TestSchema.ExecuteAsync($"{{ echo({arguments}) }}", schema: CoercionSchema.Create());

        result.Data!["echo"].Should().BeNull();
        var error = result.Errors.Should().ContainSingle().Which;
        error.Message.Should().Be(message);
        error.Code.Should().Be(ErrorCodes.BadUserInput);
        error.Path.Should().Equal("echo");
        error.Locations.Should().ContainSingle().Which.Column.Should().Be(arguments.IndexOf(':', StringComparison.Ordinal) + 10);
    }

    [Theory]
    [InlineData("Int", 5, "{int: 5i, required: 7i}")]
    [InlineData("Int", 5.0, "{int: 5i, required: 7i}")]
    [InlineData("Float", 1, "{float: 1d, required: 7i}")]
    [InlineData("ID", 12, "{id: \"12\", required: 7i}")]
    [InlineData("Color", "RED", "{color: 1i, required: 7i}")]
    public async Task Variables_are_coerced_to_their_types(string type, object value, string expected)
    {
        var argument = ArgumentFor(type);

        var result = await TestSchema.ExecuteAsync(
            $"query ($v: {type}) {{ echo({argument}: $v) }}", new Dictionary<string, object?> { ["v"] = value }, CoercionSchema.Create());

        result.Errors.Should().BeEmpty();
        result.Data!["echo"].Should().Be(expected);
    }

    [Theory]
    [MemberData(nameof(InvalidVariables))]
    public async Task Invalid_variables_are_rejected_before_execution_with_the_reference_messages(string type, object? value, string message)
    {
        var argument = ArgumentFor(type);

        var result = await TestSchema.ExecuteAsync(
            $"query ($v: {type}) {{ echo({argument}: $v) }}", new Dictionary<string, object?> { ["v"] = value }, CoercionSchema.Create());

        result.HasData.Should().BeFalse();
        var error = result.Errors.Should().ContainSingle().Which;
        error.Message.Should().Be(message);
        error.Code.Should().Be(ErrorCodes.BadUserInput);
        error.Locations.Should().Equal(new KnowledgeGraph.GraphQL.Language.SourceLocation(1, 8));
    }

    [Fact]
    public async Task A_missing_required_variable_is_reported()
    {
        var result = await TestSchema.ExecuteAsync("query ($v: Int!) { echo(int: $v) }", schema: CoercionSchema.Create());

        result.Errors.Should().ContainSingle().Which.Message.Should().Be("Variable \"$v\" of required type \"Int!\" was not provided.");
    }

    [Fact]
    public async Task A_variable_without_value_leaves_the_argument_default_in_place()
    {
        var result = await TestSchema.ExecuteAsync("query ($v: Int, $w: Int = 4) { echo(required: $v, int: $w) }", schema: CoercionSchema.Create());

        result.Data!["echo"].Should().Be("{int: 4i, required: 7i}");
    }

    [Fact]
    public async Task Too_many_variable_errors_stop_the_coercion()
    {
        var definitions = string.Join(", ", Enumerable.Range(0, 60).Select(i => $"$v{i}: Int!"));

        var result = await Executor.ExecuteAsync(
            new ExecutionArgs(CoercionSchema.Create(), TestSchema.Parse($"query ({definitions}) {{ echo }}")) { Options = new ExecutionOptions { MaxCoercionErrors = 5 } },
            TestContext.Current.CancellationToken);

        result.Errors.Should().HaveCount(6);
        result.Errors[^1].Message.Should().Be("Too many errors processing variables, error limit reached. Execution aborted.");
    }

    private static string ArgumentFor(string type) => type.Trim('[', ']', '!') switch
    {
        "Int" when type.StartsWith('[') => "list",
        "Int" => "int",
        "Float" => "float",
        "String" => "string",
        "Boolean" => "bool",
        "ID" => "id",
        "Color" => "color",
        _ => "point",
    };
}
