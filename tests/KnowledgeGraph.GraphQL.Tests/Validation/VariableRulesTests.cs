using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

/// <summary>Variables: unique, input types, all defined, all used, used in allowed positions.</summary>
public sealed class VariableRulesTests
{
    [Fact]
    public void Variables_with_different_names_are_valid()
    {
        ExpectValid(new UniqueVariableNamesRule(), """
            query A($x: Int, $y: String) { __typename }
            query B($x: String, $y: Int) { __typename }
            """);
    }

    [Fact]
    public void A_repeated_variable_is_reported_at_each_of_its_names()
    {
        ExpectErrors(
            new UniqueVariableNamesRule(),
            """
            query A($x: Int, $x: Int, $x: String) { __typename }
            query B($y: String, $z: Int, $y: String) { __typename }
            """,
            Error("There can be only one variable named \"$x\".", (1, 10), (1, 19), (1, 28)),
            Error("There can be only one variable named \"$y\".", (2, 10), (2, 31)));
    }

    [Fact]
    public void Scalars_enums_and_input_objects_are_input_types()
    {
        ExpectValid(new VariablesAreInputTypesRule(), """
            query Q($a: String, $b: [Boolean!]!, $c: ComplexInput, $d: FurColor) { __typename }
            """);
    }

    [Fact]
    public void Object_interface_and_union_variables_are_reported_at_their_types()
    {
        ExpectErrors(
            new VariablesAreInputTypesRule(),
            """
            query Q($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) { __typename }
            """,
            Error("Variable \"$a\" cannot be non-input type \"Dog\".", (1, 13)),
            Error("Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\".", (1, 22)),
            Error("Variable \"$c\" cannot be non-input type \"Pet\".", (1, 42)));
    }

    [Fact]
    public void Variables_of_unknown_types_are_left_to_the_known_types_rule()
    {
        ExpectValid(new VariablesAreInputTypesRule(), """
            query Q($a: Unknown) { __typename }
            """);
    }

    [Fact]
    public void Variables_defined_by_the_operation_are_valid_in_its_fragments()
    {
        ExpectValid(new NoUndefinedVariablesRule(), """
            query Q($a: String, $b: Boolean) { dog { ...F } }
            fragment F on Dog { name(surname: $b) ...G }
            fragment G on Dog { nickname @include(if: $b) }
            """);
    }

    [Fact]
    public void An_undefined_variable_is_reported_with_the_operation()
    {
        ExpectErrors(
            new NoUndefinedVariablesRule(),
            """
            query Foo($a: Int) { complicatedArgs { intArgField(intArg: $b) } }
            """,
            Error("Variable \"$b\" is not defined by operation \"Foo\".", (1, 60), (1, 1)));
    }

    [Fact]
    public void Each_use_of_an_undefined_variable_is_reported()
    {
        ExpectErrors(
            new NoUndefinedVariablesRule(),
            """
            query { dog { isAtLocation(x: $x, y: $x) } }
            """,
            Error("Variable \"$x\" is not defined.", (1, 31), (1, 1)),
            Error("Variable \"$x\" is not defined.", (1, 38), (1, 1)));
    }

    [Fact]
    public void A_fragment_is_checked_for_every_operation_that_uses_it()
    {
        ExpectErrors(
            new NoUndefinedVariablesRule(),
            """
            query A($a: Boolean) { dog { ...F } }
            query B { dog { ...F } }
            fragment F on Dog { name(surname: $a) }
            """,
            Error("Variable \"$a\" is not defined by operation \"B\".", (3, 35), (2, 1)));
    }

    [Fact]
    public void Variables_in_directives_and_nested_values_are_checked()
    {
        ExpectErrors(
            new NoUndefinedVariablesRule(),
            """
            query Q { complicatedArgs { complexArgField(complexArg: { requiredField: $req, stringListField: [$s] }) @include(if: $show) } }
            """,
            Error("Variable \"$req\" is not defined by operation \"Q\".", (1, 74), (1, 1)),
            Error("Variable \"$s\" is not defined by operation \"Q\".", (1, 98), (1, 1)),
            Error("Variable \"$show\" is not defined by operation \"Q\".", (1, 118), (1, 1)));
    }

    [Fact]
    public void Variables_used_in_the_operation_or_its_fragments_are_valid()
    {
        ExpectValid(new NoUnusedVariablesRule(), """
            query Q($a: Boolean, $b: Int) { dog { name(surname: $a) ...F } complicatedArgs { intArgField(intArg: $b) } }
            fragment F on Dog { nickname @skip(if: $a) ...G }
            fragment G on Dog { name(surname: true) @onField }
            """);
    }

    [Fact]
    public void An_unused_variable_is_reported_at_its_definition()
    {
        ExpectErrors(
            new NoUnusedVariablesRule(),
            """
            query Foo($a: String, $b: String, $c: String) { dog { name } }
            """,
            Error("Variable \"$a\" is never used in operation \"Foo\".", (1, 11)),
            Error("Variable \"$b\" is never used in operation \"Foo\".", (1, 23)),
            Error("Variable \"$c\" is never used in operation \"Foo\".", (1, 35)));
    }

    [Fact]
    public void An_anonymous_operation_is_not_named_in_the_message()
    {
        ExpectErrors(
            new NoUnusedVariablesRule(),
            """
            query ($a: String) { dog { name } }
            """,
            Error("Variable \"$a\" is never used.", (1, 8)));
    }

    [Fact]
    public void A_variable_used_only_in_another_operations_fragment_is_unused()
    {
        ExpectErrors(
            new NoUnusedVariablesRule(),
            """
            query A($a: Boolean) { dog { ...F } }
            query B($a: Boolean, $b: Boolean) { dog { ...F } }
            fragment F on Dog { name(surname: $a) }
            """,
            Error("Variable \"$b\" is never used in operation \"B\".", (2, 22)));
    }

    [Fact]
    public void A_variable_defined_but_never_used_is_reported_even_beside_a_used_one()
    {
        ExpectErrors(
            new NoUnusedVariablesRule(),
            """
            query Q($a: Boolean, $b: Boolean = true) { dog { name(surname: $b) } }
            """,
            Error("Variable \"$a\" is never used in operation \"Q\".", (1, 9)));
    }

    [Fact]
    public void Variables_of_the_expected_or_a_stricter_type_are_valid()
    {
        ExpectValid(new VariablesInAllowedPositionRule(), """
            query Q($b: Boolean!, $i: Int!, $s: [String!], $c: ComplexInput) {
              dog { name(surname: $b) }
              complicatedArgs { intArgField(intArg: $i) stringListArgField(stringListArg: $s) complexArgField(complexArg: $c) }
            }
            """);
    }

    [Fact]
    public void A_nullable_variable_in_a_non_null_position_is_reported_at_definition_and_use()
    {
        ExpectErrors(
            new VariablesInAllowedPositionRule(),
            """
            query Q($i: Int) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $i) } }
            """,
            Error("Variable \"$i\" of type \"Int\" used in position expecting type \"Int!\".", (1, 9), (1, 72)));
    }

    [Fact]
    public void A_nullable_variable_with_a_default_may_fill_a_non_null_position()
    {
        ExpectValid(new VariablesInAllowedPositionRule(), """
            query Q($i: Int = 1, $b: Boolean = true) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $i) } dog { name @include(if: $b) } }
            """);
    }

    [Fact]
    public void A_null_default_does_not_make_a_nullable_variable_non_null()
    {
        ExpectErrors(
            new VariablesInAllowedPositionRule(),
            """
            query Q($i: Int = null) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $i) } }
            """,
            Error("Variable \"$i\" of type \"Int\" used in position expecting type \"Int!\".", (1, 9), (1, 79)));
    }

    [Fact]
    public void A_nullable_variable_may_fill_a_non_null_argument_with_a_default()
    {
        ExpectValid(new VariablesInAllowedPositionRule(), """
            query Q($i: Int) { complicatedArgs { nonNullFieldWithDefault(arg: $i) } }
            """);
    }

    [Fact]
    public void Wrong_types_and_list_shapes_are_reported()
    {
        ExpectErrors(
            new VariablesInAllowedPositionRule(),
            """
            query Q($s: String, $l: [String], $n: [String]) {
              complicatedArgs { intArgField(intArg: $s) stringArgField(stringArg: $l) stringListNonNullArgField(stringListNonNullArg: $n) }
            }
            """,
            Error("Variable \"$s\" of type \"String\" used in position expecting type \"Int\".", (1, 9), (2, 41)),
            Error("Variable \"$l\" of type \"[String]\" used in position expecting type \"String\".", (1, 21), (2, 71)),
            Error("Variable \"$n\" of type \"[String]\" used in position expecting type \"[String!]\".", (1, 35), (2, 123)));
    }

    [Fact]
    public void Uses_inside_fragments_and_input_objects_are_checked()
    {
        ExpectErrors(
            new VariablesInAllowedPositionRule(),
            """
            query Q($b: Boolean, $s: [String]) { complicatedArgs { ...F } }
            fragment F on ComplicatedArgs { complexArgField(complexArg: { requiredField: $b, stringListField: $s }) }
            """,
            Error("Variable \"$b\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (1, 9), (2, 78)));
    }

    [Fact]
    public void Uses_in_directive_arguments_are_checked()
    {
        ExpectErrors(
            new VariablesInAllowedPositionRule(),
            """
            query Q($b: Boolean) { dog @include(if: $b) { name } }
            """,
            Error("Variable \"$b\" of type \"Boolean\" used in position expecting type \"Boolean!\".", (1, 9), (1, 41)));
    }
}
