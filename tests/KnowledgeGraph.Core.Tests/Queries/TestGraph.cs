using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Core.Tests.Queries;

/// <summary>Builds small purpose-made graphs for query tests; every relationship cites one source unless told otherwise.</summary>
internal sealed class TestGraph
{
    public const string DefaultSourceId = "source:test";

    private readonly List<Source> _sources = [new(DefaultSourceId, "测试") { PublishedOn = PartialDate.Parse("2024-10-24") }];
    private readonly List<Entity> _entities = [];
    private readonly List<Relationship> _relationships = [];

    public TestGraph Source(string id, string? publishedOn)
    {
        _sources.Add(new Source(id, id) { PublishedOn = publishedOn is null ? null : PartialDate.Parse(publishedOn) });
        return this;
    }

    public TestGraph Entity(string id, string type, string name, params string[] aliases)
    {
        _entities.Add(new Entity(id, type, name) { Aliases = aliases });
        return this;
    }

    public TestGraph Rel(string id, string type, string from, string to, Func<Relationship, Relationship>? shape = null, string sourceId = DefaultSourceId)
    {
        var relationship = new Relationship(id, type, from, to) { Evidence = [new Evidence(sourceId, "原文")] };
        _relationships.Add(shape is null ? relationship : shape(relationship));
        return this;
    }

    public async Task<InMemoryGraphStore> StoreAsync()
    {
        var store = new InMemoryGraphStore();
        await store.ApplyAsync(
            new GraphChangeSet { UpsertSources = _sources, UpsertEntities = _entities, UpsertRelationships = _relationships },
            CancellationToken.None);
        return store;
    }

    public async Task<GraphQueryService> ServiceAsync() => Over(await StoreAsync());

    public static GraphQueryService Over(IGraphStore store) => new(store, GraphSchema.Default);

    public static async Task<GraphQueryService> SampleAsync() => Over(await SampleGraph.InMemoryAsync());

    public static PartialDate? Date(string? text) => text is null ? null : PartialDate.Parse(text);
}
