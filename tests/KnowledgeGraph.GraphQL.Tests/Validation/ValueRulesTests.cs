using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

/// <summary>Values: of the correct type, input object fields known, required and unique.</summary>
public sealed class ValueRulesTests
{
    [Fact]
    public void Literals_of_every_scalar_and_enum_type_are_valid()
    {
        ExpectValid(new ValuesOfCorrectTypeRule(), """"
            { complicatedArgs {
              intArgField(intArg: -2) floatArgField(floatArg: 1) idArgField(idArg: 1) stringArgField(stringArg: """block""")
              booleanArgField(booleanArg: false) enumArgField(enumArg: SPOTTED) stringListArgField(stringListArg: "single")
            } }
            """");
    }

    [Fact]
    public void Wrong_scalar_literals_get_the_scalars_coercion_messages()
    {
        ExpectErrors(
            new ValuesOfCorrectTypeRule(),
            """
            { complicatedArgs {
              intArgField(intArg: "3") stringArgField(stringArg: 1) booleanArgField(booleanArg: 1.0) floatArgField(floatArg: true) idArgField(idArg: 1.5)
            } }
            """,
            Error("Int cannot represent non-integer value: \"3\"", (2, 23)),
            Error("String cannot represent a non string value: 1", (2, 54)),
            Error("Boolean cannot represent a non boolean value: 1.0", (2, 85)),
            Error("Float cannot represent non numeric value: true", (2, 114)),
            Error("ID cannot represent a non-string and non-integer value: 1.5", (2, 138)));
    }

    [Fact]
    public void An_integer_beyond_32_bits_is_reported()
    {
        ExpectErrors(
            new ValuesOfCorrectTypeRule(),
            """
            { complicatedArgs { intArgField(intArg: 2147483648) } }
            """,
            Error("Int cannot represent non 32-bit signed integer value: 2147483648", (1, 41)));
    }

    [Fact]
    public void Wrong_enum_literals_suggest_close_values()
    {
        ExpectErrors(
            new ValuesOfCorrectTypeRule(),
            """
            { complicatedArgs { a: enumArgField(enumArg: "BROWN") b: enumArgField(enumArg: brown) c: enumArgField(enumArg: PURPLE) } }
            """,
            Error("Enum \"FurColor\" cannot represent non-enum value: \"BROWN\". Did you mean the enum value \"BROWN\"?", (1, 46)),
            Error("Value \"brown\" does not exist in \"FurColor\" enum. Did you mean the enum value \"BROWN\"?", (1, 80)),
            Error("Value \"PURPLE\" does not exist in \"FurColor\" enum.", (1, 112)));
    }

    [Fact]
    public void Null_in_a_non_null_position_is_reported()
    {
        ExpectErrors(
            new ValuesOfCorrectTypeRule(),
            """
            { complicatedArgs { nonNullIntArgField(nonNullIntArg: null) stringListNonNullArgField(stringListNonNullArg: ["a", null]) } }
            """,
            Error("Expected value of type \"Int!\", found null.", (1, 55)),
            Error("Expected value of type \"String!\", found null.", (1, 115)));
    }

    [Fact]
    public void A_list_where_a_scalar_is_expected_is_reported_as_a_whole()
    {
        ExpectErrors(
            new ValuesOfCorrectTypeRule(),
            """
            { complicatedArgs { intArgField(intArg: [1, 2]) stringListArgField(stringListArg: ["a", 2, "c"]) } }
            """,
            Error("Int cannot represent non-integer value: [1, 2]", (1, 41)),
            Error("String cannot represent a non string value: 2", (1, 89)));
    }

    [Fact]
    public void Missing_and_unknown_input_object_fields_are_reported()
    {
        ExpectErrors(
            new ValuesOfCorrectTypeRule(),
            """
            { complicatedArgs {
              a: complexArgField(complexArg: { intField: 4 })
              b: complexArgField(complexArg: { requiredField: true, invalidField: "value", stringLstField: ["x"] })
            } }
            """,
            Error("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", (2, 34)),
            Error("Field \"invalidField\" is not defined by type \"ComplexInput\". Did you mean \"intField\"?", (3, 57)),
            Error("Field \"stringLstField\" is not defined by type \"ComplexInput\". Did you mean \"stringListField\", \"stringField\", or \"intField\"?", (3, 80)));
    }

    [Fact]
    public void An_object_where_a_scalar_is_expected_and_a_scalar_where_an_object_is_expected_are_reported()
    {
        ExpectErrors(
            new ValuesOfCorrectTypeRule(),
            """
            { complicatedArgs { intArgField(intArg: { a: 1 }) complexArgField(complexArg: "text") } }
            """,
            Error("Int cannot represent non-integer value: {a: 1}", (1, 41)),
            Error("Expected value of type \"ComplexInput\", found \"text\".", (1, 79)));
    }

    [Fact]
    public void Variable_default_values_are_checked_against_the_variable_type()
    {
        ExpectErrors(
            new ValuesOfCorrectTypeRule(),
            """
            query Q($a: Int = "one", $b: ComplexInput = { requiredField: 1 }, $c: [String!] = [null]) { __typename }
            """,
            Error("Int cannot represent non-integer value: \"one\"", (1, 19)),
            Error("Boolean cannot represent a non boolean value: 1", (1, 62)),
            Error("Expected value of type \"String!\", found null.", (1, 84)));
    }

    [Fact]
    public void Values_in_unknown_positions_are_left_to_other_rules()
    {
        ExpectValid(new ValuesOfCorrectTypeRule(), """
            { complicatedArgs { unknownField(arg: "x") intArgField(unknownArg: { a: [1] }) } }
            """);
    }

    [Fact]
    public void Directive_arguments_are_checked()
    {
        ExpectErrors(
            new ValuesOfCorrectTypeRule(),
            """
            { dog @include(if: "yes") { name @skip(if: ENUM) } }
            """,
            Error("Boolean cannot represent a non boolean value: \"yes\"", (1, 20)),
            Error("Boolean cannot represent a non boolean value: ENUM", (1, 44)));
    }

    [Fact]
    public void Distinct_fields_and_the_same_name_in_nested_objects_are_valid()
    {
        ExpectValid(new UniqueInputFieldNamesRule(), """
            { complicatedArgs { complexArgField(complexArg: { requiredField: true, intField: 1 }) } dog { isAtLocation(x: 1) } }
            """);
    }

    [Fact]
    public void A_repeated_input_field_is_reported_at_both_names()
    {
        ExpectErrors(
            new UniqueInputFieldNamesRule(),
            """
            { complicatedArgs { complexArgField(complexArg: { requiredField: true, requiredField: false, intField: 1, intField: 2, intField: 3 }) } }
            """,
            Error("There can be only one input field named \"requiredField\".", (1, 51), (1, 72)),
            Error("There can be only one input field named \"intField\".", (1, 94), (1, 107)),
            Error("There can be only one input field named \"intField\".", (1, 94), (1, 120)));
    }

    [Fact]
    public void Nested_objects_have_their_own_field_names()
    {
        ExpectValid(new UniqueInputFieldNamesRule(), """
            query Q($v: ComplexInput = { requiredField: true, stringListField: ["a"] }) { __typename }
            """);
    }
}
