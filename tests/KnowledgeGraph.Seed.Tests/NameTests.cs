using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Seed.Tests;

/// <summary>Every name the seed gives finds exactly its entity, so that name lookups and quotes are unambiguous.</summary>
public sealed class NameTests(CuratedSeed seed)
{
    /// <summary>
    /// Asks a store holding the seed for each name, English name and alias. The in-memory store
    /// answers as the real stores do (the store conformance suite proves it): ordinal equality
    /// that ignores only the case of ASCII letters, so 常州 ≠ 常州市 but Changzhou = CHANGZHOU.
    /// </summary>
    [Fact]
    public async Task Every_name_and_alias_finds_exactly_its_own_entity()
    {
        var offences = await NamesNotFindingExactlyTheirEntity(seed, seed.Facts);

        offences.ShouldBeNone("every name, English name and alias must belong to exactly one entity (ignoring the case of ASCII letters)");
    }

    [Theory]
    [InlineData("常州")]
    [InlineData("CHANGZHOU")]
    public async Task A_name_that_two_entities_answer_to_is_reported(string alias)
    {
        var twin = new Entity("place:changzhou-twin", "CITY", "常州孪生市") { Aliases = [alias] };
        var facts = seed.Facts with { Entities = [.. seed.Facts.Entities, twin] };

        var offences = await NamesNotFindingExactlyTheirEntity(seed, facts);

        offences.Should().HaveCount(2).And.OnlyContain(o => o.Contains("place:changzhou, place:changzhou-twin", StringComparison.Ordinal));
    }

    private static async Task<List<string>> NamesNotFindingExactlyTheirEntity(CuratedSeed seed, GraphSnapshot facts)
    {
        var cancellation = TestContext.Current.CancellationToken;
        var store = new InMemoryGraphStore();
        await store.ApplyAsync(new GraphChangeSet { UpsertSources = facts.Sources, UpsertEntities = facts.Entities }, cancellation);
        var offences = new List<string>();
        foreach (var entity in facts.Entities)
        {
            foreach (var name in entity.AllNames.Distinct(StringComparer.Ordinal))
            {
                var found = await store.FindByNameAsync(name, cancellation);
                if (found.Count != 1 || found[0].Id != entity.Id)
                {
                    offences.Add($"{seed.FilesHolding(entity.Id)}: '{name}' of {entity.Id} finds {string.Join(", ", found.Select(e => e.Id))}");
                }
            }
        }

        return offences;
    }
}
