using System.Collections.Concurrent;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Tests.Differential;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Validation;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

/// <summary>
/// Our validation against graphql-js 16.15's on every corpus case graphql-js can parse: the same
/// errors, with the same messages and locations, in the same order (none for a valid document).
/// Syntax errors and execution results are compared by the other differential tests.
/// </summary>
public sealed class ValidationCorpusTests
{
    private static readonly ConcurrentDictionary<string, GraphQLSchema> Schemas = new(StringComparer.Ordinal);

    public static TheoryData<string> ParsableCaseIds() =>
        new(OracleCorpus.Default.Cases.Where(testCase => testCase.Intent != "syntax").Select(testCase => testCase.Id));

    [Theory]
    [MemberData(nameof(ParsableCaseIds))]
    public async Task Validation_errors_match_graphql_js(string caseId)
    {
        var testCase = OracleCorpus.Default.Cases.Single(candidate => candidate.Id == caseId);
        var verdict = (await OracleCorpus.DefaultRunAsync()).Verdicts[caseId];
        verdict.SyntaxError.Should().BeNull("graphql-js parses every case not named syntax-");

        var errors = DocumentValidator.Validate(SchemaOf(testCase), Parser.Parse(testCase.Document));

        errors.Select(Describe).Should().Equal((verdict.ValidationErrors ?? []).Select(Describe));
    }

    private static GraphQLSchema SchemaOf(CorpusCase testCase) =>
        Schemas.GetOrAdd(testCase.Schema, name => new SchemaBuilder().AddSdl(OracleCorpus.Default.Schemas[name].Sdl).Build());

    private static string Describe(GraphQLError error) => Describe(error.Message, error.Locations);

    private static string Describe(OracleError error) => Describe(error.Message, error.Locations);

    private static string Describe(string message, IEnumerable<SourceLocation> locations) =>
        message + " @ " + string.Join(", ", locations.Select(location => $"{location.Line}:{location.Column}"));
}
