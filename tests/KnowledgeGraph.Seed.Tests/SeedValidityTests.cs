namespace KnowledgeGraph.Seed.Tests;

/// <summary>The seed reads and validates cleanly, as the ingestion worker would read it.</summary>
public sealed class SeedValidityTests(CuratedSeed seed)
{
    [Fact]
    public void The_seed_is_valid_against_the_schema()
    {
        var errors = seed.Validation.Errors.Select(error => error.ToString()).ToList();

        errors.ShouldBeNone("the seed must read and validate without errors");
    }
}
