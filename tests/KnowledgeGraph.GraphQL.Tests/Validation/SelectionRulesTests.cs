using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

/// <summary>Selections: known type names, fragments on composite types, leaf selections, fields on the right type.</summary>
public sealed class SelectionRulesTests
{
    [Fact]
    public void Known_types_in_variables_and_fragments_are_valid()
    {
        ExpectValid(new KnownTypeNamesRule(), """
            query Q($id: ID, $cmd: [DogCommand!]!) { human(id: $id) { ...H } dog { doesKnowCommand(dogCommand: $cmd) } }
            fragment H on Human { name ... on Being { name } }
            """);
    }

    [Fact]
    public void Unknown_types_are_reported_with_suggestions()
    {
        ExpectErrors(
            new KnownTypeNamesRule(),
            """
            query Q($id: Id, $f: [Sting], $c: Doggo!) { dog { ... on Catt { name } ...F } }
            fragment F on Peett { name }
            """,
            Error("Unknown type \"Id\". Did you mean \"ID\"?", (1, 14)),
            Error("Unknown type \"Sting\". Did you mean \"String\", \"Being\", or \"Int\"?", (1, 23)),
            Error("Unknown type \"Doggo\". Did you mean \"Dog\"?", (1, 35)),
            Error("Unknown type \"Catt\". Did you mean \"Cat\"?", (1, 58)),
            Error("Unknown type \"Peett\". Did you mean \"Pet\"?", (2, 15)));
    }

    [Fact]
    public void Types_defined_in_the_document_count_as_known()
    {
        ExpectValid(new KnownTypeNamesRule(), """
            type Extra { name: String }
            query Q($e: Extra) { dog { name } }
            """);
    }

    [Fact]
    public void Type_definitions_in_the_document_may_use_standard_types_but_not_unknown_ones()
    {
        ExpectErrors(
            new KnownTypeNamesRule(),
            """
            type Extra { a: String b: __Type c: Unknown }
            { dog { name } }
            """,
            Error("Unknown type \"Unknown\".", (1, 37)));
    }

    [Fact]
    public void Fragments_on_objects_interfaces_and_unions_are_valid()
    {
        ExpectValid(new FragmentsOnCompositeTypesRule(), """
            fragment A on Dog { name }
            fragment B on Pet { name }
            fragment C on CatOrDog { __typename }
            fragment D on Dog { ... on Canine { name } ... { barks } }
            """);
    }

    [Fact]
    public void A_fragment_on_a_scalar_is_reported_at_its_type_condition()
    {
        ExpectErrors(
            new FragmentsOnCompositeTypesRule(),
            """
            fragment scalarFragment on Boolean { bad }
            """,
            Error("Fragment \"scalarFragment\" cannot condition on non composite type \"Boolean\".", (1, 28)));
    }

    [Fact]
    public void A_fragment_on_an_enum_or_input_object_is_reported()
    {
        ExpectErrors(
            new FragmentsOnCompositeTypesRule(),
            """
            fragment enumFragment on FurColor { bad }
            fragment inputFragment on ComplexInput { stringField }
            """,
            Error("Fragment \"enumFragment\" cannot condition on non composite type \"FurColor\".", (1, 26)),
            Error("Fragment \"inputFragment\" cannot condition on non composite type \"ComplexInput\".", (2, 27)));
    }

    [Fact]
    public void An_inline_fragment_on_a_scalar_is_reported()
    {
        ExpectErrors(
            new FragmentsOnCompositeTypesRule(),
            """
            fragment invalid on Pet { ... on String { barks } }
            """,
            Error("Fragment cannot condition on non composite type \"String\".", (1, 34)));
    }

    [Fact]
    public void Fragments_on_unknown_types_are_left_to_the_known_types_rule()
    {
        ExpectValid(new FragmentsOnCompositeTypesRule(), """
            fragment F on Unknown { name }
            """);
    }

    [Fact]
    public void Leaf_fields_without_selections_and_objects_with_them_are_valid()
    {
        ExpectValid(new ScalarLeafsRule(), """
            { dog { name barks father { name } } human { pets { name } } }
            """);
    }

    [Fact]
    public void An_object_field_without_a_selection_is_reported()
    {
        ExpectErrors(
            new ScalarLeafsRule(),
            """
            query directQueryOnObjectWithoutSubFields { human }
            """,
            Error("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", (1, 45)));
    }

    [Fact]
    public void An_interface_field_without_a_selection_names_its_list_type()
    {
        ExpectErrors(
            new ScalarLeafsRule(),
            """
            { human { pets } }
            """,
            Error("Field \"pets\" of type \"[Pet]\" must have a selection of subfields. Did you mean \"pets { ... }\"?", (1, 11)));
    }

    [Fact]
    public void A_selection_on_a_scalar_is_reported_at_the_selection_set()
    {
        ExpectErrors(
            new ScalarLeafsRule(),
            """
            { dog { barks { sinceWhen } } }
            """,
            Error("Field \"barks\" must not have a selection since type \"Boolean\" has no subfields.", (1, 15)));
    }

    [Fact]
    public void A_selection_on_an_enum_is_reported()
    {
        ExpectErrors(
            new ScalarLeafsRule(),
            """
            { cat { furColor { inHexDec } } }
            """,
            Error("Field \"furColor\" must not have a selection since type \"FurColor\" has no subfields.", (1, 18)));
    }

    [Fact]
    public void A_selection_on_a_scalar_with_arguments_and_directives_is_reported()
    {
        ExpectErrors(
            new ScalarLeafsRule(),
            """
            { dog { doesKnowCommand(dogCommand: SIT) @onField { sinceWhen } } }
            """,
            Error("Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields.", (1, 51)));
    }

    [Fact]
    public void Fields_aliases_and_typename_on_the_right_types_are_valid()
    {
        ExpectValid(new FieldsOnCorrectTypeRule(), """
            { dog { tn: __typename otherName: name } catOrDog { __typename ... on Dog { name } } pet { name } }
            """);
    }

    [Fact]
    public void An_unknown_field_is_reported_with_similar_field_names()
    {
        ExpectErrors(
            new FieldsOnCorrectTypeRule(),
            """
            { dog { meowVolume nme } }
            """,
            Error("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (1, 9)),
            Error("Cannot query field \"nme\" on type \"Dog\". Did you mean \"name\"?", (1, 20)));
    }

    [Fact]
    public void An_unknown_field_without_a_similar_name_has_no_suggestion()
    {
        ExpectErrors(
            new FieldsOnCorrectTypeRule(),
            """
            { dog { unknownField { deeper } } }
            """,
            Error("Cannot query field \"unknownField\" on type \"Dog\".", (1, 9)));
    }

    [Fact]
    public void A_field_on_an_interface_defined_by_implementations_suggests_fragments()
    {
        ExpectErrors(
            new FieldsOnCorrectTypeRule(),
            """
            { pet { barks meows } }
            """,
            Error("Cannot query field \"barks\" on type \"Pet\". Did you mean to use an inline fragment on \"Dog\"?", (1, 9)),
            Error("Cannot query field \"meows\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\"?", (1, 15)));
    }

    [Fact]
    public void A_field_on_a_union_suggests_the_types_that_define_it()
    {
        ExpectErrors(
            new FieldsOnCorrectTypeRule(),
            """
            { catOrDog { name } humanOrAlien { iq } }
            """,
            Error("Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Pet\", \"Being\", \"Canine\", \"Cat\", or \"Dog\"?", (1, 14)),
            Error("Cannot query field \"iq\" on type \"HumanOrAlien\". Did you mean to use an inline fragment on \"Intelligent\", \"Alien\", or \"Human\"?", (1, 36)));
    }

    [Fact]
    public void Only_typename_may_be_selected_directly_on_a_union()
    {
        ExpectErrors(
            new FieldsOnCorrectTypeRule(),
            """
            { catOrDog { __typename directField } }
            """,
            Error("Cannot query field \"directField\" on type \"CatOrDog\".", (1, 25)));
    }

    [Fact]
    public void Meta_fields_outside_the_query_root_are_reported()
    {
        ExpectErrors(
            new FieldsOnCorrectTypeRule(),
            """
            { dog { __schema { types { name } } } }
            """,
            Error("Cannot query field \"__schema\" on type \"Dog\".", (1, 9)));
    }
}
