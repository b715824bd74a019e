using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Seed.Tests;

public sealed class CoverageTableTests
{
    private static readonly GraphSnapshot Facts = new(
        [new Source("source:000", "甲"), new Source("source:001", "乙")],
        [
            new Entity("person:a", "PERSON", "甲"),
            new Entity("person:b", "PERSON", "乙"),
            new Entity("place:c", "CITY", "丙"),
        ],
        [
            Cited("rel:1", "HOLDS_POSITION", "person:a", "place:c", "source:000"),
            Cited("rel:2", "HOLDS_POSITION", "person:b", "place:c", "source:000", "source:001"),
            Cited("rel:3", "MET", "person:a", "person:b", "source:001"),
            Cited("rel:4", "VISITED", "person:a", "place:c", "source:001"),
        ]);

    [Fact]
    public void The_table_counts_each_fact_for_every_source_it_cites_most_common_type_first_and_zeros_blank()
    {
        var markdown = new CoverageTable(Facts).ToMarkdown();

        markdown.Should().Be("""
            | Entity type | 000 | 001 | all |
            |---|---:|---:|---:|
            | PERSON | 2 | 2 | 2 |
            | CITY | 1 | 1 | 1 |
            | **entities** | 3 | 3 | 3 |

            | Relationship type | 000 | 001 | all |
            |---|---:|---:|---:|
            | HOLDS_POSITION | 2 | 1 | 2 |
            | MET |  | 1 | 1 |
            | VISITED |  | 1 | 1 |
            | **relationships** | 2 | 3 | 4 |

            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_totals_count_each_entity_and_relationship_once()
    {
        var totals = new CoverageTable(Facts).Totals;

        totals.Should().Be("(3 entities, 4 relationships)");
    }

    private static Relationship Cited(string id, string type, string from, string to, params string[] sources) =>
        new(id, type, from, to) { Evidence = [.. sources.Select(s => new Evidence(s, "引文"))] };
}
