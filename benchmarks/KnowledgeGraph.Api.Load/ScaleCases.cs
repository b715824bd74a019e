namespace KnowledgeGraph.Api.Load;

/// <summary>The questions the scale run asks, each about the hubs of the generated graph, as a user would ask them (with names and evidence where a user reads them).</summary>
internal static class ScaleCases
{
    public const string Entity = "entity";

    public static IReadOnlyList<LoadCase> For(ScaleManifest graph) =>
    [
        new(Entity, $$"""{ entity(ref: "{{graph.HubCompany}}") { id type name nameEn aliases } }"""),
        new("relationships of a hub, first 100", $$"""
            { relationships(ref: "{{graph.HubDistrict}}", first: 100) { totalCount pageInfo { hasNextPage endCursor }
                edges { node { id type date from { id name } to { id name } evidence { quote source { title publishedOn } } } } } }
            """),
        new("paths, maxHops 4", $$"""
            { paths(from: "{{graph.SamplePerson}}", to: "{{graph.HubCity}}", maxHops: 4) { length nodes { id name }
                relationships { type from { name } to { name } evidence { quote source { title } } } } }
            """),
        new("partners, hub city linked to hub district", $$"""
            { partners(city: "{{graph.HubCity}}", linkedTo: "{{graph.HubDistrict}}") { hops entity { id type name }
                path { relationships { type from { id } to { id } } } } }
            """),
        new("subgraph depth 2, limit 1000", $$"""
            { subgraph(refs: ["{{graph.HubDistrict}}"], depth: 2, limit: 1000) { truncated nodes { id type name }
                relationships { id type from { id } to { id } } } }
            """),
        new("search, 2 characters, first 10", $$"""{ search(text: "{{graph.SearchText}}", first: 10) { score matched entity { id name } } }"""),
    ];
}
