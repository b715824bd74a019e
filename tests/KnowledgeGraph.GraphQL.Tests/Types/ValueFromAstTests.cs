using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Tests.Types;

public sealed class ValueFromAstTests
{
    private static readonly Dictionary<string, object?> Variables = new(StringComparer.Ordinal) { ["given"] = 1, ["empty"] = null };

    public static TheoryData<string, string> UntypedLiterals => new()
    {
        { "{a: $given, b: $missing}", "{a: 1i}" },
        { "{a: $empty, b: $missing}", "{a: null}" },
        { "{outer: {inner: $missing, kept: \"x\"}}", "{outer: {kept: \"x\"}}" },
        { "[$given, $missing]", "[1i, null]" },
        { "{list: [$missing]}", "{list: [null]}" },
    };

    [Theory]
    [MemberData(nameof(UntypedLiterals))]
    public void A_missing_variable_is_left_out_of_an_untyped_object_and_is_null_in_an_untyped_list(string literal, string expected)
    {
        var value = ValueFromAst.Untyped(Parser.ParseValue(literal), Variables);

        TestSchema.Describe(value).Should().Be(expected);
    }

    [Theory]
    [InlineData("7", "7i")]
    [InlineData("-2147483648", "-2147483648i")]
    [InlineData("2147483648", "2147483648d")]
    [InlineData("1.5", "1.5d")]
    public void An_untyped_integer_literal_stays_an_integer_while_it_fits_in_32_bits(string literal, string expected) =>
        TestSchema.Describe(ValueFromAst.Untyped(Parser.ParseValue(literal))).Should().Be(expected);

    [Fact]
    public void A_custom_scalar_literal_leaves_out_fields_whose_variable_is_missing()
    {
        var json = new GraphQLScalarType("JSON");

        var valid = ValueFromAst.TryGetValue(Parser.ParseValue("{a: $given, b: [$given], c: $missing}"), json, Variables, out var value);

        valid.Should().BeTrue();
        TestSchema.Describe(value).Should().Be("{a: 1i, b: [1i]}");
    }
}
