namespace KnowledgeGraph.Seed.Tests;

/// <summary>Every article is covered, everything curated is used, and the README says what the data holds.</summary>
public sealed class CoverageTests(CuratedSeed seed)
{
    /// <summary>
    /// Floors about three quarters of the smallest article's counts (001: 51 entities, 77
    /// relationships), so that an article whose facts go missing is noticed while curation
    /// can still remove a doubtful fact or two.
    /// </summary>
    private const int MinimumEntitiesPerArticle = 40;

    private const int MinimumRelationshipsPerArticle = 60;

    /// <summary>Relationship types of the schema that no article states, and so no fact uses.</summary>
    private static readonly Dictionary<string, string> TypesNoArticleStates = new(StringComparer.Ordinal)
    {
        ["MANAGES_FUND"] = "the articles say who set up or founded a fund (设立, 发起成立), never who manages one",
    };

    [Fact]
    public void Every_article_has_exactly_one_source_and_every_source_its_article()
    {
        var sourcesByFile = seed.Facts.Sources.ToLookup(s => s.File ?? "(no file)", StringComparer.Ordinal);

        var offences = seed.ArticlesByFile.Keys
            .Where(file => sourcesByFile[file].Count() != 1)
            .Select(file => $"article {file} is the file of {sourcesByFile[file].Count()} sources: {string.Join(", ", sourcesByFile[file].Select(s => s.Id))}")
            .Concat(seed.Facts.Sources
                .Where(s => s.File is null || !seed.ArticlesByFile.ContainsKey(s.File))
                .Select(s => $"{seed.FilesHolding(s.Id)}: {s.Id} names file '{s.File}', which is not in {seed.Locations.ArticlesFolder}"))
            .ToList();

        offences.ShouldBeNone("every article must be the file of exactly one source, and every source must name an article");
    }

    [Fact]
    public void Every_article_is_covered_by_many_entities_and_relationships()
    {
        var coverage = new CoverageTable(seed.Facts);

        var offences = seed.Facts.Sources
            .Where(s => coverage.EntitiesBySource[s.Id].Count < MinimumEntitiesPerArticle
                || coverage.RelationshipsBySource[s.Id] < MinimumRelationshipsPerArticle)
            .Select(s => $"{s.Id} ({s.File}): {coverage.EntitiesBySource[s.Id].Count} entities, {coverage.RelationshipsBySource[s.Id]} relationships")
            .ToList();

        offences.ShouldBeNone($"every article must be touched by at least {MinimumEntitiesPerArticle} entities and cited by at least {MinimumRelationshipsPerArticle} relationships");
    }

    /// <summary>
    /// Every relationship type of the schema has at least one fact, except the types that no
    /// article states, which are listed with the reason. The list must be exact: once a type of
    /// it is used, it leaves the list.
    /// </summary>
    [Fact]
    public void Every_relationship_type_is_used_unless_no_article_states_it()
    {
        var used = seed.Facts.Relationships.Select(r => r.Type).ToHashSet(StringComparer.Ordinal);

        var unused = Core.Schema.GraphSchema.Default.RelationTypes.Keys.Where(type => !used.Contains(type));

        unused.Should().BeEquivalentTo(TypesNoArticleStates.Keys, "every relationship type needs a fact, unless no article states one: {0}",
            string.Join("; ", TypesNoArticleStates.Select(t => $"{t.Key}: {t.Value}")));
    }

    [Fact]
    public void The_coverage_tables_of_the_seed_readme_are_what_the_data_holds()
    {
        var coverage = new CoverageTable(seed.Facts);
        var expected = coverage.ToMarkdown();
        var readme = File.ReadAllText(Path.Combine(seed.Locations.SeedFolder, "README.md")).ReplaceLineEndings("\n");

        var stale = new[] { expected, coverage.Totals }.Where(part => !readme.Contains(part, StringComparison.Ordinal)).ToList();

        stale.Should().BeEmpty(
            "seed/README.md must say what the seed holds; replace its coverage tables and totals with:{0}{0}{1}{0}and the totals {2}{0}",
            Environment.NewLine,
            expected,
            coverage.Totals);
    }

    [Fact]
    public void Every_entity_takes_part_in_a_relationship()
    {
        var used = seed.Facts.Relationships.SelectMany(r => new[] { r.FromId, r.ToId }).ToHashSet(StringComparer.Ordinal);

        var offences = seed.Facts.Entities
            .Where(e => !used.Contains(e.Id))
            .Select(e => $"{seed.FilesHolding(e.Id)}: {e.Id} ({e.Name}) is in no relationship")
            .ToList();

        offences.ShouldBeNone("every entity must be an end of at least one relationship");
    }

    [Fact]
    public void Every_source_is_cited()
    {
        var cited = seed.Facts.Relationships.SelectMany(r => r.Evidence).Select(e => e.SourceId).ToHashSet(StringComparer.Ordinal);

        var offences = seed.Facts.Sources
            .Where(s => !cited.Contains(s.Id))
            .Select(s => $"{seed.FilesHolding(s.Id)}: {s.Id} ({s.File}) is cited by no relationship")
            .ToList();

        offences.ShouldBeNone("every source must be cited by at least one relationship's evidence");
    }
}
