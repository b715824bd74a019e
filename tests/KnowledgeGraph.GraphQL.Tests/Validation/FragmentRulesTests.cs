using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

/// <summary>Fragments: unique names, known names, all used, possible spreads, no cycles.</summary>
public sealed class FragmentRulesTests
{
    [Fact]
    public void Fragments_with_different_names_are_valid()
    {
        ExpectValid(new UniqueFragmentNamesRule(), """
            { dog { ...A ...B } }
            fragment A on Dog { name }
            fragment B on Dog { barks }
            """);
    }

    [Fact]
    public void Inline_fragments_do_not_count_as_named_fragments()
    {
        ExpectValid(new UniqueFragmentNamesRule(), """
            { dog { ... on Dog { name } ... on Dog { barks } } }
            """);
    }

    [Fact]
    public void Two_fragments_with_one_name_are_reported_at_both_names()
    {
        ExpectErrors(
            new UniqueFragmentNamesRule(),
            """
            { dog { ...A } }
            fragment A on Dog { name }
            fragment A on Dog { barks }
            """,
            Error("There can be only one fragment named \"A\".", (2, 10), (3, 10)));
    }

    [Fact]
    public void A_fragment_name_may_equal_an_operation_name()
    {
        ExpectValid(new UniqueFragmentNamesRule(), """
            query A { dog { ...A } }
            fragment A on Dog { name }
            """);
    }

    [Fact]
    public void Spreads_of_defined_fragments_are_valid()
    {
        ExpectValid(new KnownFragmentNamesRule(), """
            { human(id: 4) { ...H ... on Human { ...H } } }
            fragment H on Human { name relatives { ...R } }
            fragment R on Human { name }
            """);
    }

    [Fact]
    public void Each_spread_of_an_undefined_fragment_is_reported_at_its_name()
    {
        ExpectErrors(
            new KnownFragmentNamesRule(),
            """
            { human(id: 4) { ...UnknownA ... on Human { ...UnknownB } } }
            fragment H on Human { relatives { ...UnknownC } }
            """,
            Error("Unknown fragment \"UnknownA\".", (1, 21)),
            Error("Unknown fragment \"UnknownB\".", (1, 48)),
            Error("Unknown fragment \"UnknownC\".", (2, 38)));
    }

    [Fact]
    public void Fragments_used_directly_or_through_others_are_valid()
    {
        ExpectValid(new NoUnusedFragmentsRule(), """
            query A { human(id: 4) { ...F1 } }
            query B { human(id: 4) { ...F3 } }
            fragment F1 on Human { name ...F2 }
            fragment F2 on Human { name }
            fragment F3 on Human { name }
            """);
    }

    [Fact]
    public void Unused_fragments_are_reported_at_their_definitions_after_the_document()
    {
        ExpectErrors(
            new NoUnusedFragmentsRule(),
            """
            query A { human(id: 4) { ...F1 } }
            fragment F1 on Human { name }
            fragment Unused1 on Human { name }
            fragment Unused2 on Human { ...Unused1 }
            """,
            Error("Fragment \"Unused1\" is never used.", (3, 1)),
            Error("Fragment \"Unused2\" is never used.", (4, 1)));
    }

    [Fact]
    public void Fragments_that_only_spread_each_other_are_unused()
    {
        ExpectErrors(
            new NoUnusedFragmentsRule(),
            """
            { dog { name } }
            fragment A on Dog { ...B }
            fragment B on Dog { ...A }
            """,
            Error("Fragment \"A\" is never used.", (2, 1)),
            Error("Fragment \"B\" is never used.", (3, 1)));
    }

    [Fact]
    public void A_spread_of_an_unknown_fragment_does_not_hide_unused_ones()
    {
        ExpectErrors(
            new NoUnusedFragmentsRule(),
            """
            { human(id: 4) { ...Missing } }
            fragment Unused on Human { name }
            """,
            Error("Fragment \"Unused\" is never used.", (2, 1)));
    }

    [Fact]
    public void Spreads_on_the_same_type_a_super_type_or_an_overlapping_abstract_type_are_valid()
    {
        ExpectValid(new PossibleFragmentSpreadsRule(), """
            fragment a on Dog { ...b ... on Pet { name } ... on CatOrDog { __typename } }
            fragment b on Dog { ...c }
            fragment c on Canine { ...d }
            fragment d on DogOrHuman { __typename }
            """);
    }

    [Fact]
    public void An_inline_fragment_on_an_unrelated_object_type_is_reported()
    {
        ExpectErrors(
            new PossibleFragmentSpreadsRule(),
            """
            fragment invalid on Dog { ... on Cat { meows } }
            """,
            Error("Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".", (1, 27)));
    }

    [Fact]
    public void A_spread_of_a_fragment_on_an_unrelated_type_is_reported_at_the_spread()
    {
        ExpectErrors(
            new PossibleFragmentSpreadsRule(),
            """
            fragment invalid on Dog { ...catFragment }
            fragment catFragment on Cat { meows }
            """,
            Error("Fragment \"catFragment\" cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".", (1, 27)));
    }

    [Fact]
    public void Unions_and_interfaces_without_common_types_are_reported()
    {
        ExpectErrors(
            new PossibleFragmentSpreadsRule(),
            """
            fragment a on Pet { ... on HumanOrAlien { __typename } }
            fragment b on CatOrDog { ... on Intelligent { iq } }
            fragment c on DogOrHuman { ...e }
            fragment e on HumanOrAlien { __typename }
            """,
            Error("Fragment cannot be spread here as objects of type \"Pet\" can never be of type \"HumanOrAlien\".", (1, 21)),
            Error("Fragment cannot be spread here as objects of type \"CatOrDog\" can never be of type \"Intelligent\".", (2, 26)));
    }

    [Fact]
    public void Spreads_of_unknown_fragments_or_on_unknown_types_are_left_to_other_rules()
    {
        ExpectValid(new PossibleFragmentSpreadsRule(), """
            fragment a on Dog { ...missing ... on Unknown { name } ...b }
            fragment b on Unknown { name }
            """);
    }

    [Fact]
    public void Fragments_spread_several_times_without_a_cycle_are_valid()
    {
        ExpectValid(new NoFragmentCyclesRule(), """
            fragment A on Dog { ...B ...B ... on Dog { ...C } }
            fragment B on Dog { name ...C }
            fragment C on Dog { name }
            """);
    }

    [Fact]
    public void A_fragment_spreading_itself_is_reported()
    {
        ExpectErrors(
            new NoFragmentCyclesRule(),
            """
            fragment A on Dog { ...A }
            """,
            Error("Cannot spread fragment \"A\" within itself.", (1, 21)));
    }

    [Fact]
    public void A_fragment_spreading_itself_in_a_nested_selection_is_reported()
    {
        ExpectErrors(
            new NoFragmentCyclesRule(),
            """
            fragment A on Pet { ... on Dog { mother { ...A } } }
            """,
            Error("Cannot spread fragment \"A\" within itself.", (1, 43)));
    }

    [Fact]
    public void A_cycle_through_other_fragments_names_the_fragments_on_the_way()
    {
        ExpectErrors(
            new NoFragmentCyclesRule(),
            """
            fragment A on Dog { ...B }
            fragment B on Dog { ...C }
            fragment C on Dog { ...A }
            """,
            Error("Cannot spread fragment \"A\" within itself via \"B\", \"C\".", (1, 21), (2, 21), (3, 21)));
    }

    [Fact]
    public void Each_cycle_is_reported_once()
    {
        ExpectErrors(
            new NoFragmentCyclesRule(),
            """
            fragment A on Dog { ...B ...C }
            fragment B on Dog { ...A }
            fragment C on Dog { ...A }
            """,
            Error("Cannot spread fragment \"A\" within itself via \"B\".", (1, 21), (2, 21)),
            Error("Cannot spread fragment \"A\" within itself via \"C\".", (1, 26), (3, 21)));
    }

    [Fact]
    public void A_cycle_not_through_the_first_fragment_is_reported()
    {
        ExpectErrors(
            new NoFragmentCyclesRule(),
            """
            fragment A on Dog { ...B }
            fragment B on Dog { ...C }
            fragment C on Dog { ...B ...A }
            """,
            Error("Cannot spread fragment \"B\" within itself via \"C\".", (2, 21), (3, 21)),
            Error("Cannot spread fragment \"A\" within itself via \"B\", \"C\".", (1, 21), (2, 21), (3, 26)));
    }
}
