using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Tests.Types;

public sealed class ScalarTests
{
    public static TheoryData<string, object?, object> Serialized => new()
    {
        { "Int", 1, 1 },
        { "Int", 2.0, 2 },
        { "Int", true, 1 },
        { "Int", "-3", -3 },
        { "Int", 7L, 7 },
        { "Float", 1, 1.0 },
        { "Float", "1.5", 1.5 },
        { "Float", false, 0.0 },
        { "String", "x", "x" },
        { "String", 1, "1" },
        { "String", 1.5, "1.5" },
        { "String", true, "true" },
        { "Boolean", 0, false },
        { "Boolean", 2.5, true },
        { "ID", 42, "42" },
        { "ID", "a", "a" },
    };

    public static TheoryData<string, object?, string> NotSerializable => new()
    {
        { "Int", 1.5, "Int cannot represent non-integer value: 1.5" },
        { "Int", 2147483648L, "Int cannot represent non 32-bit signed integer value: 2147483648" },
        { "Int", "", "Int cannot represent non-integer value: \"\"" },
        { "Float", "abc", "Float cannot represent non numeric value: \"abc\"" },
        { "Float", double.NaN, "Float cannot represent non numeric value: NaN" },
        { "Boolean", "true", "Boolean cannot represent a non boolean value: \"true\"" },
        { "ID", 1.5, "ID cannot represent value: 1.5" },
        { "String", new List<object?> { 1, 2 }, "String cannot represent value: [1, 2]" },
    };

    [Theory]
    [MemberData(nameof(Serialized))]
    public void Built_in_scalars_serialize_as_the_reference_implementation_does(string scalar, object? value, object expected)
    {
        var type = SpecifiedScalars.All.Single(candidate => candidate.Name == scalar);

        type.Serialize(value).Should().Be(expected);
    }

    [Theory]
    [MemberData(nameof(NotSerializable))]
    public void Values_a_scalar_cannot_represent_fail_with_the_reference_message(string scalar, object? value, string message)
    {
        var type = SpecifiedScalars.All.Single(candidate => candidate.Name == scalar);

        var serialize = () => type.Serialize(value);

        serialize.Should().Throw<GraphQLException>().WithMessage(message);
    }

    [Theory]
    [InlineData("Int", "12", 12)]
    [InlineData("Float", "12", 12.0)]
    [InlineData("Float", "1.5e1", 15.0)]
    [InlineData("ID", "12", "12")]
    [InlineData("String", "\"a\"", "a")]
    [InlineData("Boolean", "true", true)]
    public void Literals_parse_to_internal_values(string scalar, string literal, object expected)
    {
        var type = SpecifiedScalars.All.Single(candidate => candidate.Name == scalar);

        type.ParseLiteral(Parser.ParseConstValue(literal), null).Should().Be(expected);
    }

    [Theory]
    [InlineData("Int", "\"12\"", "Int cannot represent non-integer value: \"12\"")]
    [InlineData("Int", "1.0", "Int cannot represent non-integer value: 1.0")]
    [InlineData("String", "ENUM", "String cannot represent a non string value: ENUM")]
    [InlineData("ID", "1.5", "ID cannot represent a non-string and non-integer value: 1.5")]
    public void Literals_of_the_wrong_kind_are_rejected(string scalar, string literal, string message)
    {
        var type = SpecifiedScalars.All.Single(candidate => candidate.Name == scalar);

        var parse = () => type.ParseLiteral(Parser.ParseConstValue(literal), null);

        parse.Should().Throw<GraphQLException>().WithMessage(message);
    }

    [Fact]
    public void Values_convert_back_to_literals_for_printing()
    {
        var schema = TestSchema.Create();
        var filter = schema.GetType("Filter")!;
        var value = new Dictionary<string, object?> { ["kind"] = "PLACE", ["names"] = new List<object?> { "a" } };

        var literal = AstFromValue.Convert(value, filter);

        Printer.Print(literal!).Should().Be("{kind: PLACE, names: [\"a\"]}");
    }
}
