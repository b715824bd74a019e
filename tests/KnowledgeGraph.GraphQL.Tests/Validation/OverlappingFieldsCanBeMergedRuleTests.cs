using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

/// <summary>Field selection merging, with graphql-js's messages for direct and nested conflicts.</summary>
public sealed class OverlappingFieldsCanBeMergedRuleTests
{
    [Fact]
    public void Identical_fields_and_identical_arguments_merge()
    {
        ExpectValid(new OverlappingFieldsCanBeMergedRule(), """
            fragment F on Dog { name name doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) otherName: name otherName: name }
            """);
    }

    [Fact]
    public void Different_aliases_and_different_directives_merge()
    {
        ExpectValid(new OverlappingFieldsCanBeMergedRule(), """
            fragment F on Dog { a: name b: nickname name @include(if: true) name @skip(if: false) }
            """);
    }

    [Fact]
    public void One_alias_for_two_different_fields_is_reported()
    {
        ExpectErrors(
            new OverlappingFieldsCanBeMergedRule(),
            """
            fragment F on Dog { name: nickname name }
            """,
            Error("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 21), (1, 36)));
    }

    [Fact]
    public void Different_arguments_are_reported()
    {
        ExpectErrors(
            new OverlappingFieldsCanBeMergedRule(),
            """
            fragment F on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) isHouseTrained isHouseTrained(atOtherHomes: true) }
            """,
            Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (1, 21), (1, 54)),
            Error("Fields \"isHouseTrained\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (1, 88), (1, 103)));
    }

    [Fact]
    public void A_block_string_and_a_quoted_string_are_different_arguments()
    {
        ExpectErrors(
            new OverlappingFieldsCanBeMergedRule(),
            """"
            { complicatedArgs { stringArgField(stringArg: "a") stringArgField(stringArg: """a""") } }
            """",
            Error("Fields \"stringArgField\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (1, 21), (1, 52)));
    }

    [Fact]
    public void Input_objects_with_fields_in_another_order_are_the_same_argument()
    {
        ExpectValid(new OverlappingFieldsCanBeMergedRule(), """
            { complicatedArgs { complexArgField(complexArg: { requiredField: true, intField: 1 }) complexArgField(complexArg: { intField: 1, requiredField: true }) } }
            """);
    }

    [Fact]
    public void Fields_on_different_object_types_may_differ_in_name_and_arguments()
    {
        ExpectValid(new OverlappingFieldsCanBeMergedRule(), """
            { pet { ... on Dog { name: nickname doesKnowCommand(dogCommand: SIT) } ... on Cat { name doesKnowCommand: meows } } }
            """);
    }

    [Fact]
    public void Fields_on_different_object_types_must_not_return_conflicting_types()
    {
        ExpectErrors(
            new OverlappingFieldsCanBeMergedRule(),
            """
            { catOrDog { ... on Dog { size: barkVolume } ... on Cat { size: nickname } } }
            """,
            Error("Fields \"size\" conflict because they return conflicting types \"Int\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", (1, 27), (1, 59)));
    }

    [Fact]
    public void Non_null_and_list_shapes_must_agree_even_on_different_types()
    {
        ExpectErrors(
            new OverlappingFieldsCanBeMergedRule(),
            """
            { catOrDog { ... on Dog { x: name } ... on Cat { x: furColor } } dogOrHuman { ... on Human { family: relatives { name } } ... on Dog { family: mother { name } } } }
            """,
            Error("Fields \"x\" conflict because they return conflicting types \"String\" and \"FurColor\". Use different aliases on the fields to fetch both if this was intentional.", (1, 27), (1, 50)),
            Error("Fields \"family\" conflict because they return conflicting types \"[Human]!\" and \"Dog\". Use different aliases on the fields to fetch both if this was intentional.", (1, 94), (1, 136)));
    }

    [Fact]
    public void Conflicts_between_fields_and_fragments_are_reported()
    {
        ExpectErrors(
            new OverlappingFieldsCanBeMergedRule(),
            """
            { dog { x: name ...A ...B } }
            fragment A on Dog { x: barks }
            fragment B on Dog { x: nickname }
            """,
            Error("Fields \"x\" conflict because \"name\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 9), (2, 21)),
            Error("Fields \"x\" conflict because \"barks\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 21), (3, 21)),
            Error("Fields \"x\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 9), (3, 21)));
    }

    [Fact]
    public void Nested_conflicts_are_reported_as_subfield_reasons_on_the_outer_fields()
    {
        ExpectErrors(
            new OverlappingFieldsCanBeMergedRule(),
            """
            { dog { mother { x: name y: barks } mother { x: nickname y: barkVolume } } }
            """,
            Error("Fields \"mother\" conflict because subfields \"x\" conflict because \"name\" and \"nickname\" are different fields and subfields \"y\" conflict because \"barks\" and \"barkVolume\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 9), (1, 18), (1, 26), (1, 37), (1, 46), (1, 58)));
    }

    [Fact]
    public void Deeply_nested_conflicts_list_every_enclosing_field()
    {
        ExpectErrors(
            new OverlappingFieldsCanBeMergedRule(),
            """
            { dog { mother { father { x: name } } mother { father { x: barks } } } }
            """,
            Error("Fields \"mother\" conflict because subfields \"father\" conflict because subfields \"x\" conflict because \"name\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 9), (1, 18), (1, 27), (1, 39), (1, 48), (1, 57)));
    }

    [Fact]
    public void Nested_conflicts_through_fragments_are_found()
    {
        ExpectErrors(
            new OverlappingFieldsCanBeMergedRule(),
            """
            { dog { mother { ...M } mother { name: barks } } }
            fragment M on Dog { name }
            """,
            Error("Fields \"mother\" conflict because subfields \"name\" conflict because \"barks\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 9), (1, 34), (1, 25), (2, 21)));
    }

    [Fact]
    public void A_fragment_spreading_itself_does_not_loop()
    {
        ExpectValid(new OverlappingFieldsCanBeMergedRule(), """
            { dog { ...A } }
            fragment A on Dog { name ...A }
            """);
    }

    [Fact]
    public void Unknown_fields_with_the_same_name_merge()
    {
        ExpectValid(new OverlappingFieldsCanBeMergedRule(), """
            { dog { unknown unknown } }
            """);
    }

    [Fact]
    public void Conflicts_inside_inline_fragments_are_reported_once()
    {
        ExpectErrors(
            new OverlappingFieldsCanBeMergedRule(),
            """
            { dog { ... on Dog { a: name } ... { a: barks } } }
            """,
            Error("Fields \"a\" conflict because \"name\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (1, 22), (1, 38)));
    }
}
