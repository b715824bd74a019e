using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Neo4j.Cypher;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Fakes;

/// <summary>
/// Drives a store over a <see cref="RecordingRunner"/> through every operation of the store port,
/// with every optional field filled and hostile text in every value, so that the statements it
/// records are all the store ever sends.
/// </summary>
internal static class StoreWorkout
{
    /// <summary>Text that would break out of a Cypher string or pattern if it were ever written into a statement.</summary>
    public const string Hostile = "x'}) DETACH DELETE n //\"`";

    /// <summary>Runs the workout on a fresh store and returns the runner that recorded it.</summary>
    public static async Task<RecordingRunner> RecordEveryStatementAsync(CancellationToken cancellationToken)
    {
        var runner = new RecordingRunner { Answer = ExistingEverywhere };
        var store = new Neo4jGraphStore(runner, GraphSchema.Default, batchSize: 1000);
        await store.InitializeAsync(cancellationToken);
        await using (await store.AcquireWriterLeaseAsync(Hostile, TimeSpan.Zero, cancellationToken))
        {
            await store.ApplyAsync(HostileChangeSet(), cancellationToken);
        }

        await ReadEverythingAsync(store, cancellationToken);
        return runner;
    }

    /// <summary>Says every id asked about exists, so the integrity check lets the change set through, and grants the writer lease.</summary>
    public static IReadOnlyList<IReadOnlyList<object?>> ExistingEverywhere(CypherStatement statement) =>
        statement.Text == CypherQueries.ExistingEntityIds || statement.Text == CypherQueries.ExistingSourceIds
            ? [.. ((IEnumerable<string>)statement.Parameters["ids"]!).Select(id => (IReadOnlyList<object?>)[id])]
            : statement.Text == CypherQueries.TakeWriterLease
                ? [[true, Hostile, "2024-10-08 00:00:00Z"]]
                : RecordingRunner.Nothing(statement);

    private static GraphChangeSet HostileChangeSet()
    {
        var entity = new Entity(Hostile, "COMPANY", Hostile) { NameEn = Hostile, Aliases = [Hostile], Note = Hostile };
        var other = new Entity("org:other", "PERSON", "人");
        var relationship = new Relationship(Hostile, "INVESTED_IN", Hostile, "org:other")
        {
            Role = Hostile,
            Date = PartialDate.Parse("2024-10"),
            ValidFrom = PartialDate.Parse("2024"),
            ValidTo = PartialDate.Parse("2025-03-01"),
            Amount = new Money(20m, "亿", "CNY") { Text = Hostile, Approximate = true },
            Note = Hostile,
            Evidence = [new Evidence(Hostile, Hostile)],
        };
        return new GraphChangeSet
        {
            UpsertSources = [new Source(Hostile, Hostile) { Outlet = Hostile, PublishedOn = PartialDate.Parse("2024-10-08"), File = Hostile }],
            UpsertEntities = [entity, other],
            UpsertRelationships = [relationship],
            DeleteRelationshipIds = [Hostile + "1"],
            DeleteEntityIds = [Hostile + "2"],
            DeleteSourceIds = [Hostile + "3"],
        };
    }

    private static async Task ReadEverythingAsync(Neo4jGraphStore store, CancellationToken cancellationToken)
    {
        await store.ProbeAsync(cancellationToken);
        await store.ReadSnapshotAsync(cancellationToken);
        await store.GetEntitiesAsync([Hostile], cancellationToken);
        await store.FindByNameAsync(Hostile, cancellationToken);
        await store.FindSearchCandidatesAsync(Hostile, [Hostile], 5, cancellationToken);
        await store.FindSearchCandidatesAsync(Hostile, null, 5, cancellationToken);
        foreach (var direction in Enum.GetValues<Direction>())
        {
            await store.GetRelationshipsAsync(new RelationshipQuery([Hostile], direction, [Hostile]), cancellationToken);
        }

        await store.ListEntitiesAsync(new EntityPageQuery([Hostile], 10, Hostile), cancellationToken);
        await store.GetSourcesAsync([Hostile], cancellationToken);
        await store.GetSourcesAsync(null, cancellationToken);
        await store.GetStatsAsync(cancellationToken);
        await store.GetRelationshipsByIdAsync([Hostile], cancellationToken);
    }
}
