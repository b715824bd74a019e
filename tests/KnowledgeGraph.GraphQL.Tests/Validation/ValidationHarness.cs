using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Tests.Differential;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Validation;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

/// <summary>An error a test expects: its message and its locations as (line, column), in order.</summary>
internal sealed record ExpectedError(string Message, IReadOnlyList<(int Line, int Column)> Locations)
{
    public override string ToString() => Message + " @ " + string.Join(", ", Locations.Select(location => $"{location.Line}:{location.Column}"));
}

/// <summary>
/// Rule tests over one shared schema, the "pets" validation schema of the oracle corpus
/// (tests/graphql-oracle/corpus/schemas/pets.graphql), as graphql-js's own rule tests run theirs:
/// one rule at a time, asserting each error's message, line and column.
/// </summary>
internal static class ValidationHarness
{
    private static readonly Lazy<GraphQLSchema> Pets = new(() =>
        new SchemaBuilder().AddSdl(File.ReadAllText(Path.Combine(OracleCorpus.CorpusDirectory, "schemas", "pets.graphql"))).Build());

    public static GraphQLSchema PetsSchema => Pets.Value;

    public static ExpectedError Error(string message, params (int Line, int Column)[] locations) => new(message, locations);

    public static IReadOnlyList<GraphQLError> Validate(IValidationRule rule, string document) =>
        DocumentValidator.Validate(PetsSchema, Parser.Parse(document), new ValidationOptions { Rules = [rule] });

    public static void ExpectValid(IValidationRule rule, string document) =>
        Validate(rule, document).Select(Describe).Should().BeEmpty();

    public static void ExpectErrors(IValidationRule rule, string document, params ExpectedError[] expected) =>
        Validate(rule, document).Select(Describe).Should().Equal(expected.Select(error => error.ToString()));

    private static string Describe(GraphQLError error) =>
        new ExpectedError(error.Message, error.Locations.Select(location => (location.Line, location.Column)).ToList()).ToString();
}
