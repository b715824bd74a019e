using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

/// <summary>The entry point: default rules, error order across rules, the error cap, codes and options.</summary>
public sealed class DocumentValidatorTests
{
    private const string ManyUnknownFields = "{ dog { a: name a: barks b b c c d d } }";

    [Fact]
    public void A_valid_document_has_no_errors()
    {
        var errors = DocumentValidator.Validate(PetsSchema, Parser.Parse("query Q($s: Boolean = true) { dog { name(surname: $s) ...F } }\nfragment F on Dog { barks }"));

        errors.Should().BeEmpty();
    }

    [Fact]
    public void Errors_of_different_rules_come_in_graphql_js_order()
    {
        var document = Parser.Parse("""
            query Q($a: Int) { dog { unknown name(surname: "yes") @skip } ...Missing }
            fragment Unused on Dog { name }
            """);

        var errors = DocumentValidator.Validate(PetsSchema, document);

        errors.Select(Describe).Should().Equal(
            "Cannot query field \"unknown\" on type \"Dog\". @ 1:26",
            "Boolean cannot represent a non boolean value: \"yes\" @ 1:48",
            "Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided. @ 1:55",
            "Unknown fragment \"Missing\". @ 1:66",
            "Variable \"$a\" is never used in operation \"Q\". @ 1:9",
            "Fragment \"Unused\" is never used. @ 2:1");
    }

    [Fact]
    public void Every_error_carries_the_validation_failed_code()
    {
        var errors = DocumentValidator.Validate(PetsSchema, Parser.Parse(ManyUnknownFields));

        errors.Should().HaveCount(7).And.OnlyContain(error => error.Code == ErrorCodes.ValidationFailed);
    }

    [Fact]
    public void Validation_stops_after_the_maximum_number_of_errors_with_a_last_error_saying_so()
    {
        var errors = DocumentValidator.Validate(PetsSchema, Parser.Parse(ManyUnknownFields), new ValidationOptions { MaxErrors = 2 });

        errors.Select(Describe).Should().Equal(
            "Fields \"a\" conflict because \"name\" and \"barks\" are different fields. Use different aliases on the fields to fetch both if this was intentional. @ 1:9, 1:17",
            "Cannot query field \"b\" on type \"Dog\". @ 1:26",
            "Too many validation errors, error limit reached. Validation aborted. @ ");
        errors[^1].Code.Should().Be(ErrorCodes.ValidationFailed);
    }

    [Fact]
    public void A_cap_of_zero_reports_only_that_validation_was_aborted()
    {
        var errors = DocumentValidator.Validate(PetsSchema, Parser.Parse(ManyUnknownFields), new ValidationOptions { MaxErrors = 0 });

        errors.Select(error => error.Message).Should().Equal("Too many validation errors, error limit reached. Validation aborted.");
    }

    [Fact]
    public void Given_rules_replace_the_specified_ones()
    {
        var options = new ValidationOptions { Rules = [new UniqueOperationNamesRule()] };

        var errors = DocumentValidator.Validate(PetsSchema, Parser.Parse("query A { unknown } query A { dog }"), options);

        errors.Select(Describe).Should().Equal("There can be only one operation named \"A\". @ 1:7, 1:27");
    }

    [Fact]
    public void The_specified_rules_are_the_spec_rules_then_the_recommended_ones()
    {
        SpecifiedRules.All.Should().Equal([.. SpecifiedRules.Spec, .. SpecifiedRules.Recommended]);
        SpecifiedRules.Spec.Should().HaveCount(26).And.OnlyHaveUniqueItems(rule => rule.GetType());
    }

    [Theory]
    [MemberData(nameof(OutOfRangeOptions))]
    public void Out_of_range_options_are_rejected_with_the_option_named(ValidationOptions options, string optionName)
    {
        var validate = () => DocumentValidator.Validate(PetsSchema, Parser.Parse("{ dog { name } }"), options);

        validate.Should().Throw<ArgumentOutOfRangeException>().WithMessage($"*ValidationOptions.{optionName} must*");
    }

    public static TheoryData<ValidationOptions, string> OutOfRangeOptions() => new()
    {
        { new ValidationOptions { MaxErrors = -1 }, "MaxErrors" },
        { new ValidationOptions { MaxDepth = -1 }, "MaxDepth" },
        { new ValidationOptions { MaxFields = -5 }, "MaxFields" },
        { new ValidationOptions { MaxAliases = -1 }, "MaxAliases" },
    };

    private static string Describe(GraphQLError error) =>
        error.Message + " @ " + string.Join(", ", error.Locations.Select(location => $"{location.Line}:{location.Column}"));
}
