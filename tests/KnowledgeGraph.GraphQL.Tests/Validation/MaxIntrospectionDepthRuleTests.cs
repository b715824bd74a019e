using KnowledgeGraph.GraphQL.Validation.Rules.Custom;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

/// <summary>The cap on nested introspection lists that graphql-js 16 runs by default.</summary>
public sealed class MaxIntrospectionDepthRuleTests
{
    [Fact]
    public void Two_nested_introspection_lists_are_allowed()
    {
        ExpectValid(new MaxIntrospectionDepthRule(), """
            { __schema { types { fields { type { fields { name } } } } } }
            """);
    }

    [Fact]
    public void Three_nested_introspection_lists_are_reported_at_the_meta_field()
    {
        ExpectErrors(
            new MaxIntrospectionDepthRule(),
            """
            { __schema { types { fields { type { fields { type { fields { name } } } } } } } }
            """,
            Error("Maximum introspection depth exceeded", (1, 3)));
    }

    [Fact]
    public void Nesting_through_fragments_counts()
    {
        ExpectErrors(
            new MaxIntrospectionDepthRule(),
            """
            { __type(name: "Dog") { ...T } }
            fragment T on __Type { fields { type { interfaces { possibleTypes { name } } } } }
            """,
            Error("Maximum introspection depth exceeded", (1, 3)));
    }

    [Fact]
    public void Recursive_fragments_under_introspection_are_reported_without_looping()
    {
        ExpectErrors(
            new MaxIntrospectionDepthRule(),
            """
            { __schema { types { ...F } } }
            fragment F on __Type { fields { type { ...F } } }
            """,
            Error("Maximum introspection depth exceeded", (1, 3)));
    }

    [Fact]
    public void Lists_outside_introspection_are_not_counted()
    {
        ExpectValid(new MaxIntrospectionDepthRule(), """
            { human { pets { name } relatives { relatives { relatives { name } } } } }
            """);
    }
}
