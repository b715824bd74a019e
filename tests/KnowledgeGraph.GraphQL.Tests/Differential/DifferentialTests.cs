namespace KnowledgeGraph.GraphQL.Tests.Differential;

/// <summary>
/// Our engine against graphql-js 16.15 over the shared corpus (tests/graphql-oracle): the same
/// documents, schemas and data must get the same verdicts, errors, locations, paths and data.
/// </summary>
public sealed class DifferentialTests(ITestOutputHelper output)
{
    /// <summary>Cases left out of the comparison, each with why.</summary>
    private static readonly Dictionary<string, string> Excluded = new(StringComparer.Ordinal)
    {
        ["syntax/syntax-empty-document"] =
            "The request pipeline refuses an empty document as a bad request (\"Must provide query string.\") before parsing, as GraphQL-over-HTTP servers do.",
    };

    [Theory]
    [InlineData(VerdictKind.SyntaxError)]
    [InlineData(VerdictKind.ValidationErrors)]
    [InlineData(VerdictKind.Result)]
    [InlineData(VerdictKind.ValidSubscription)]
    public async Task Our_engine_agrees_with_graphql_js_on_every_case_of_the_corpus(VerdictKind oracleVerdict)
    {
        var comparisons = (await DifferentialRun.GetAsync()).Where(comparison => comparison.Oracle == oracleVerdict).ToList();

        var compared = comparisons.Where(comparison => !Excluded.ContainsKey(comparison.Case.Id)).ToList();
        var disagreements = compared
            .Where(comparison => comparison.Mismatch is not null)
            .Select(comparison => $"{comparison.Case.Id}: {comparison.Mismatch}")
            .ToList();

        foreach (var disagreement in disagreements)
        {
            output.WriteLine(disagreement.Length > 600 ? disagreement[..600] + "…" : disagreement);
        }

        output.WriteLine($"graphql-js gives {oracleVerdict} for {comparisons.Count} cases: {compared.Count} compared, {compared.Count - disagreements.Count} agree, {comparisons.Count - compared.Count} excluded.");
        disagreements.Count.Should().Be(0, "every case must agree; the test output lists each disagreement");
    }
}
