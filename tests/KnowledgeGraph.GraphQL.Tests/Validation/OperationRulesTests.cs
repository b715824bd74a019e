using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

/// <summary>Operation definitions: executable definitions, operation names, lone anonymous operation, single-field subscriptions.</summary>
public sealed class OperationRulesTests
{
    [Fact]
    public void A_document_of_operations_and_fragments_is_valid()
    {
        ExpectValid(new ExecutableDefinitionsRule(), """
            query Q { dog { ...F } }
            fragment F on Dog { name }
            """);
    }

    [Fact]
    public void Each_type_definition_is_reported_by_its_name()
    {
        ExpectErrors(
            new ExecutableDefinitionsRule(),
            """
            query Q { dog { name } }
            type Cow { name: String }
            extend type Dog { color: String }
            """,
            Error("The \"Cow\" definition is not executable.", (2, 1)),
            Error("The \"Dog\" definition is not executable.", (3, 1)));
    }

    [Fact]
    public void Schema_definitions_and_extensions_are_reported_as_the_schema()
    {
        ExpectErrors(
            new ExecutableDefinitionsRule(),
            """
            { dog { name } }
            schema { query: QueryRoot }
            extend schema @onSchema
            """,
            Error("The schema definition is not executable.", (2, 1)),
            Error("The schema definition is not executable.", (3, 1)));
    }

    [Fact]
    public void Directive_definitions_are_not_executable()
    {
        ExpectErrors(
            new ExecutableDefinitionsRule(),
            """
            directive @cached on FIELD
            { dog { name } }
            """,
            Error("The \"cached\" definition is not executable.", (1, 1)));
    }

    [Fact]
    public void Operations_with_different_names_are_valid()
    {
        ExpectValid(new UniqueOperationNamesRule(), """
            query A { dog { name } }
            query B { cat { name } }
            mutation C { adoptDog(name: "Rex") { name } }
            """);
    }

    [Fact]
    public void An_anonymous_operation_and_a_fragment_named_alike_are_valid()
    {
        ExpectValid(new UniqueOperationNamesRule(), """
            query Foo { dog { ...Foo } }
            fragment Foo on Dog { name }
            """);
    }

    [Fact]
    public void Two_queries_with_one_name_are_reported_at_both_names()
    {
        ExpectErrors(
            new UniqueOperationNamesRule(),
            """
            query Foo { dog { name } }
            query Foo { cat { name } }
            """,
            Error("There can be only one operation named \"Foo\".", (1, 7), (2, 7)));
    }

    [Fact]
    public void A_query_and_a_mutation_with_one_name_are_reported()
    {
        ExpectErrors(
            new UniqueOperationNamesRule(),
            """
            query Foo { dog { name } }
            mutation Foo { adoptDog(name: "Rex") { name } }
            """,
            Error("There can be only one operation named \"Foo\".", (1, 7), (2, 10)));
    }

    [Fact]
    public void A_name_used_three_times_is_reported_twice_against_the_first()
    {
        ExpectErrors(
            new UniqueOperationNamesRule(),
            """
            query Foo { dog { name } }
            subscription Foo { newDog { name } }
            query Foo { cat { name } }
            """,
            Error("There can be only one operation named \"Foo\".", (1, 7), (2, 14)),
            Error("There can be only one operation named \"Foo\".", (1, 7), (3, 7)));
    }

    [Fact]
    public void One_anonymous_operation_alone_is_valid()
    {
        ExpectValid(new LoneAnonymousOperationRule(), """
            { dog { name } }
            """);
    }

    [Fact]
    public void An_anonymous_operation_with_fragments_is_valid()
    {
        ExpectValid(new LoneAnonymousOperationRule(), """
            { dog { ...F } }
            fragment F on Dog { name }
            """);
    }

    [Fact]
    public void An_anonymous_operation_beside_a_named_one_is_reported()
    {
        ExpectErrors(
            new LoneAnonymousOperationRule(),
            """
            { dog { name } }
            query Named { cat { name } }
            """,
            Error("This anonymous operation must be the only defined operation.", (1, 1)));
    }

    [Fact]
    public void Each_of_two_anonymous_operations_is_reported()
    {
        ExpectErrors(
            new LoneAnonymousOperationRule(),
            """
            { dog { name } }
            { cat { name } }
            """,
            Error("This anonymous operation must be the only defined operation.", (1, 1)),
            Error("This anonymous operation must be the only defined operation.", (2, 1)));
    }

    [Fact]
    public void An_anonymous_operation_beside_a_mutation_is_reported()
    {
        ExpectErrors(
            new LoneAnonymousOperationRule(),
            """
            { dog { name } }
            mutation { adoptDog(name: "Rex") { name } }
            """,
            Error("This anonymous operation must be the only defined operation.", (1, 1)),
            Error("This anonymous operation must be the only defined operation.", (2, 1)));
    }

    [Fact]
    public void A_subscription_with_one_root_field_is_valid()
    {
        ExpectValid(new SingleFieldSubscriptionsRule(), """
            subscription S { newDog { name } }
            """);
    }

    [Fact]
    public void One_root_field_selected_twice_through_fragments_is_valid()
    {
        ExpectValid(new SingleFieldSubscriptionsRule(), """
            subscription S { newDog { name } ...F }
            fragment F on SubscriptionRoot { newDog { barks } }
            """);
    }

    [Fact]
    public void A_field_skipped_with_a_literal_is_not_counted()
    {
        ExpectValid(new SingleFieldSubscriptionsRule(), """
            subscription S { newDog { name } newCat @skip(if: true) { name } }
            """);
    }

    [Fact]
    public void Extra_root_fields_are_reported_at_every_field_after_the_first()
    {
        ExpectErrors(
            new SingleFieldSubscriptionsRule(),
            """
            subscription S {
              newDog { name }
              newCat { name }
              disallowedSecondRootField
            }
            """,
            Error("Subscription \"S\" must select only one top level field.", (3, 3), (4, 3)));
    }

    [Fact]
    public void Extra_root_fields_in_fragments_are_reported()
    {
        ExpectErrors(
            new SingleFieldSubscriptionsRule(),
            """
            subscription S { ...A ... on SubscriptionRoot { newCat { name } } }
            fragment A on SubscriptionRoot { newDog { name } disallowedSecondRootField }
            """,
            Error("Subscription \"S\" must select only one top level field.", (2, 50), (1, 49)));
    }

    [Fact]
    public void An_anonymous_subscription_is_named_so_in_the_message()
    {
        ExpectErrors(
            new SingleFieldSubscriptionsRule(),
            """
            subscription { newDog { name } newCat { name } }
            """,
            Error("Anonymous Subscription must select only one top level field.", (1, 32)));
    }

    [Fact]
    public void An_introspection_root_field_is_reported()
    {
        ExpectErrors(
            new SingleFieldSubscriptionsRule(),
            """
            subscription S { __typename }
            """,
            Error("Subscription \"S\" must not select an introspection top level field.", (1, 18)));
    }

    [Fact]
    public void An_introspection_field_beside_another_is_reported_twice()
    {
        ExpectErrors(
            new SingleFieldSubscriptionsRule(),
            """
            subscription { newDog { name } __typename }
            """,
            Error("Anonymous Subscription must select only one top level field.", (1, 32)),
            Error("Anonymous Subscription must not select an introspection top level field.", (1, 32)));
    }
}
