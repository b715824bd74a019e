using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

/// <summary>Arguments and directives: known names, unique names, required arguments, known directives in valid locations, unique per location.</summary>
public sealed class ArgumentAndDirectiveRulesTests
{
    [Fact]
    public void Known_field_and_directive_arguments_in_any_order_are_valid()
    {
        ExpectValid(new KnownArgumentNamesRule(), """
            { dog { isAtLocation(y: 1, x: 2) doesKnowCommand(dogCommand: SIT) @skip(if: false) } }
            """);
    }

    [Fact]
    public void An_unknown_field_argument_is_reported_with_suggestions()
    {
        ExpectErrors(
            new KnownArgumentNamesRule(),
            """
            { dog { doesKnowCommand(dogcommand: SIT) isHouseTrained(unknown: true) } }
            """,
            Error("Unknown argument \"dogcommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", (1, 25)),
            Error("Unknown argument \"unknown\" on field \"Dog.isHouseTrained\".", (1, 57)));
    }

    [Fact]
    public void An_unknown_directive_argument_is_reported_once()
    {
        ExpectErrors(
            new KnownArgumentNamesRule(),
            """
            { dog @skip(iff: true, unless: false) { name } }
            """,
            Error("Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", (1, 13)),
            Error("Unknown argument \"unless\" on directive \"@skip\".", (1, 24)));
    }

    [Fact]
    public void Arguments_of_unknown_fields_and_directives_are_left_to_other_rules()
    {
        ExpectValid(new KnownArgumentNamesRule(), """
            { dog { unknownField(arg: 1) name @unknown(arg: 2) } }
            """);
    }

    [Fact]
    public void Arguments_of_directives_defined_in_the_document_are_known()
    {
        ExpectErrors(
            new KnownArgumentNamesRule(),
            """
            directive @custom(known: Int) on FIELD
            { dog { name @custom(known: 1, other: 2) } }
            """,
            Error("Unknown argument \"other\" on directive \"@custom\".", (2, 32)));
    }

    [Fact]
    public void Distinct_arguments_of_fields_and_directives_are_valid()
    {
        ExpectValid(new UniqueArgumentNamesRule(), """
            { dog { isAtLocation(x: 1, y: 2) @withArgs(required: 1, optional: "a") } }
            """);
    }

    [Fact]
    public void A_repeated_field_argument_is_reported_at_each_name()
    {
        ExpectErrors(
            new UniqueArgumentNamesRule(),
            """
            { dog { isAtLocation(x: 1, x: 2, x: 3) } }
            """,
            Error("There can be only one argument named \"x\".", (1, 22), (1, 28), (1, 34)));
    }

    [Fact]
    public void Repeated_directive_arguments_are_reported_per_name()
    {
        ExpectErrors(
            new UniqueArgumentNamesRule(),
            """
            { dog @withArgs(required: 1, optional: "a", required: 2, optional: "b") { name } }
            """,
            Error("There can be only one argument named \"required\".", (1, 17), (1, 45)),
            Error("There can be only one argument named \"optional\".", (1, 30), (1, 58)));
    }

    [Fact]
    public void Required_arguments_given_and_optional_ones_left_out_are_valid()
    {
        ExpectValid(new ProvidedRequiredArgumentsRule(), """
            { complicatedArgs { multipleReqs(req2: 2, req1: 1) multipleOpts multipleOptAndReq(req1: 1, req2: 2) nonNullFieldWithDefault } }
            """);
    }

    [Fact]
    public void A_missing_required_field_argument_is_reported_at_the_field()
    {
        ExpectErrors(
            new ProvidedRequiredArgumentsRule(),
            """
            { complicatedArgs { multipleReqs(req1: 1) nonNullIntArgField } }
            """,
            Error("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (1, 21)),
            Error("Field \"nonNullIntArgField\" argument \"nonNullIntArg\" of type \"Int!\" is required, but it was not provided.", (1, 43)));
    }

    [Fact]
    public void Every_missing_argument_is_reported_in_definition_order()
    {
        ExpectErrors(
            new ProvidedRequiredArgumentsRule(),
            """
            { complicatedArgs { multipleOptAndReq(opt1: 1) } }
            """,
            Error("Field \"multipleOptAndReq\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (1, 21)),
            Error("Field \"multipleOptAndReq\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (1, 21)));
    }

    [Fact]
    public void A_missing_directive_argument_is_reported_at_the_directive()
    {
        ExpectErrors(
            new ProvidedRequiredArgumentsRule(),
            """
            { dog @include { name @skip } human @withArgs { name } }
            """,
            Error("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (1, 7)),
            Error("Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (1, 23)),
            Error("Directive \"@withArgs\" argument \"required\" of type \"Int!\" is required, but it was not provided.", (1, 37)));
    }

    [Fact]
    public void Unknown_fields_and_directives_need_no_arguments()
    {
        ExpectValid(new ProvidedRequiredArgumentsRule(), """
            { dog { unknownField @unknownDirective { name } } }
            """);
    }

    [Fact]
    public void Required_arguments_of_directives_defined_in_the_document_are_checked()
    {
        ExpectErrors(
            new ProvidedRequiredArgumentsRule(),
            """
            directive @custom(need: Int!, opt: Int! = 1) on FIELD
            { dog { name @custom } }
            """,
            Error("Directive \"@custom\" argument \"need\" of type \"Int!\" is required, but it was not provided.", (2, 14)));
    }

    [Fact]
    public void Known_directives_in_their_locations_are_valid()
    {
        ExpectValid(new KnownDirectivesRule(), """
            query Q($v: Int @onVariableDefinition) @onQuery { dog @include(if: true) { name @onField ...F @onFragmentSpread ... @onInlineFragment { barks } } }
            fragment F on Dog @onFragmentDefinition { name }
            mutation M @onMutation { adoptDog(name: "x") { name } }
            subscription S @onSubscription { newDog { name } }
            """);
    }

    [Fact]
    public void An_unknown_directive_is_reported()
    {
        ExpectErrors(
            new KnownDirectivesRule(),
            """
            { dog @unknown(directive: "value") { name @unknown } }
            """,
            Error("Unknown directive \"@unknown\".", (1, 7)),
            Error("Unknown directive \"@unknown\".", (1, 43)));
    }

    [Fact]
    public void Directives_in_wrong_executable_locations_are_reported_with_the_location()
    {
        ExpectErrors(
            new KnownDirectivesRule(),
            """
            query Q($v: Int @onField) @onMutation { dog @onQuery { name @include(if: true) ...F @onInlineFragment ... @onFragmentSpread { barks } } }
            fragment F on Dog @onQuery { name }
            subscription S @onQuery { newDog { name } }
            """,
            Error("Directive \"@onField\" may not be used on VARIABLE_DEFINITION.", (1, 17)),
            Error("Directive \"@onMutation\" may not be used on QUERY.", (1, 27)),
            Error("Directive \"@onQuery\" may not be used on FIELD.", (1, 45)),
            Error("Directive \"@onInlineFragment\" may not be used on FRAGMENT_SPREAD.", (1, 85)),
            Error("Directive \"@onFragmentSpread\" may not be used on INLINE_FRAGMENT.", (1, 107)),
            Error("Directive \"@onQuery\" may not be used on FRAGMENT_DEFINITION.", (2, 19)),
            Error("Directive \"@onQuery\" may not be used on SUBSCRIPTION.", (3, 16)));
    }

    [Fact]
    public void Directives_in_type_system_definitions_are_located_too()
    {
        ExpectErrors(
            new KnownDirectivesRule(),
            """
            { dog { name } }
            scalar S @onObject
            type T @onScalar { f(a: Int @onInputFieldDefinition): Int @onArgumentDefinition }
            input I @onInterface { f: Int @onArgumentDefinition }
            enum E @onInputObject { A @onEnum }
            extend schema @onQuery
            """,
            Error("Directive \"@onObject\" may not be used on SCALAR.", (2, 10)),
            Error("Directive \"@onScalar\" may not be used on OBJECT.", (3, 8)),
            Error("Directive \"@onInputFieldDefinition\" may not be used on ARGUMENT_DEFINITION.", (3, 29)),
            Error("Directive \"@onArgumentDefinition\" may not be used on FIELD_DEFINITION.", (3, 59)),
            Error("Directive \"@onInterface\" may not be used on INPUT_OBJECT.", (4, 9)),
            Error("Directive \"@onArgumentDefinition\" may not be used on INPUT_FIELD_DEFINITION.", (4, 31)),
            Error("Directive \"@onInputObject\" may not be used on ENUM.", (5, 8)),
            Error("Directive \"@onEnum\" may not be used on ENUM_VALUE.", (5, 27)),
            Error("Directive \"@onQuery\" may not be used on SCHEMA.", (6, 15)));
    }

    [Fact]
    public void Different_directives_and_repeatable_ones_are_valid()
    {
        ExpectValid(new UniqueDirectivesPerLocationRule(), """
            { dog @include(if: true) @skip(if: false) { name @repeatable @repeatable(tag: "x") @onField } }
            """);
    }

    [Fact]
    public void A_repeated_directive_is_reported_at_both_uses()
    {
        ExpectErrors(
            new UniqueDirectivesPerLocationRule(),
            """
            { dog { name @onField @onField } }
            """,
            Error("The directive \"@onField\" can only be used once at this location.", (1, 14), (1, 23)));
    }

    [Fact]
    public void Each_extra_use_is_reported_against_the_first()
    {
        ExpectErrors(
            new UniqueDirectivesPerLocationRule(),
            """
            fragment F on Dog @onFragmentDefinition @onFragmentDefinition @onFragmentDefinition { name @skip(if: true) @include(if: true) @skip(if: false) }
            """,
            Error("The directive \"@onFragmentDefinition\" can only be used once at this location.", (1, 19), (1, 41)),
            Error("The directive \"@onFragmentDefinition\" can only be used once at this location.", (1, 19), (1, 63)),
            Error("The directive \"@skip\" can only be used once at this location.", (1, 92), (1, 127)));
    }

    [Fact]
    public void Unknown_directives_are_left_to_the_known_directives_rule()
    {
        ExpectValid(new UniqueDirectivesPerLocationRule(), """
            { dog { name @unknown @unknown } }
            """);
    }

    [Fact]
    public void A_type_and_its_extension_are_one_location()
    {
        ExpectErrors(
            new UniqueDirectivesPerLocationRule(),
            """
            { dog { name } }
            type T @onObject { f: Int }
            extend type T @onObject
            """,
            Error("The directive \"@onObject\" can only be used once at this location.", (2, 8), (3, 15)));
    }
}
