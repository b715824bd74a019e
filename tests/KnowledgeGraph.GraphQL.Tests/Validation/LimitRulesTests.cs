using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Validation;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

/// <summary>The opt-in limits on an operation's depth, fields and aliases.</summary>
public sealed class LimitRulesTests
{
    private const string FragmentHeavy = """
        query Heavy { dog { ...Parents mother { ...Parents } } }
        fragment Parents on Dog { mother { name } father { name nickname } }
        """;

    [Fact]
    public void Limits_are_off_by_default()
    {
        var errors = Validate(FragmentHeavy, new ValidationOptions());

        errors.Should().BeEmpty();
    }

    [Fact]
    public void An_operation_nested_deeper_than_the_maximum_is_reported_at_the_operation()
    {
        // dog(1) mother(2) mother(3, from Parents) name(4)
        var errors = Validate(FragmentHeavy, new ValidationOptions { MaxDepth = 3 });

        errors.Should().ContainSingle().Which.Should().Match<GraphQLError>(error =>
            error.Message == "Operation \"Heavy\" nests fields 4 deep, more than the maximum depth of 3."
            && error.Locations.Single() == new SourceLocation(1, 1)
            && error.Code == ValidationErrorCodes.MaxDepthExceeded);
    }

    [Fact]
    public void An_operation_exactly_at_the_maximum_depth_is_valid()
    {
        var errors = Validate(FragmentHeavy, new ValidationOptions { MaxDepth = 4 });

        errors.Should().BeEmpty();
    }

    [Fact]
    public void Fields_are_counted_with_every_fragment_spread_written_out()
    {
        // dog, then Parents twice (5 fields each) and mother: 1 + 5 + 1 + 5.
        var errors = Validate(FragmentHeavy, new ValidationOptions { MaxFields = 11 });

        errors.Should().ContainSingle().Which.Should().Match<GraphQLError>(error =>
            error.Message == "Operation \"Heavy\" selects 12 fields, more than the maximum of 11."
            && error.Code == ValidationErrorCodes.MaxFieldsExceeded);
    }

    [Fact]
    public void Aliases_are_counted_across_fragments_and_the_anonymous_operation_is_described_so()
    {
        var errors = Validate("{ a: dog { ...F } b: dog { ...F } }\nfragment F on Dog { x: name y: barks }", new ValidationOptions { MaxAliases = 5 });

        errors.Should().ContainSingle().Which.Should().Match<GraphQLError>(error =>
            error.Message == "The anonymous operation uses 6 aliases, more than the maximum of 5."
            && error.Code == ValidationErrorCodes.MaxAliasesExceeded);
    }

    [Fact]
    public void Fragment_cycles_do_not_stop_the_limit_rules()
    {
        var errors = Validate(
            "{ dog { ...A } }\nfragment A on Dog { name mother { ...A } }",
            new ValidationOptions { MaxDepth = 1, MaxFields = 1, MaxAliases = 0 });

        errors.Select(error => error.Code).Should().Contain(
            [ValidationErrorCodes.MaxDepthExceeded, ValidationErrorCodes.MaxFieldsExceeded]);
    }

    [Fact]
    public void Each_operation_is_measured_on_its_own()
    {
        var errors = Validate("query Small { dog { name } }\nquery Deep { dog { mother { mother { name } } } }", new ValidationOptions { MaxDepth = 3 });

        errors.Should().ContainSingle().Which.Message.Should().StartWith("Operation \"Deep\" nests fields 4 deep");
    }

    [Fact]
    public void GraphiQLs_full_introspection_query_passes_the_recommended_limits()
    {
        var query = Golden.Read("Types/Golden/introspection-query.graphql");

        var errors = DocumentValidator.Validate(PetsSchema, Parser.Parse(query), ValidationOptions.RecommendedLimits);

        errors.Should().BeEmpty();
    }

    [Theory]
    [InlineData(9, true)]
    [InlineData(10, false)]
    public void Introspection_type_references_nine_levels_deep_fit_the_recommended_depth(int ofTypeLevels, bool fits)
    {
        // graphql-js's own introspection query reads argument types nine ofType levels deep: depth 15.
        var typeRef = string.Concat(Enumerable.Repeat("ofType { ", ofTypeLevels)) + "name" + new string('}', ofTypeLevels);
        var query = "{ __schema { types { fields { args { type { " + typeRef + " } } } } } }";

        var errors = DocumentValidator.Validate(PetsSchema, Parser.Parse(query), ValidationOptions.RecommendedLimits);

        errors.Select(error => error.Code).Should().Equal(fits ? [] : [ValidationErrorCodes.MaxDepthExceeded]);
    }

    private static IReadOnlyList<GraphQLError> Validate(string document, ValidationOptions options) =>
        DocumentValidator.Validate(PetsSchema, Parser.Parse(document), options);
}
