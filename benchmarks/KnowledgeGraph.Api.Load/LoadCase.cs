namespace KnowledgeGraph.Api.Load;

/// <summary>One question asked of the API under load: a name and its GraphQL query.</summary>
internal sealed record LoadCase(string Name, string Query)
{
    /// <summary>The three cases: an entity with its relationships, partners with their paths, paths between two names; all with evidence.</summary>
    public static IReadOnlyList<LoadCase> All { get; } =
    [
        new("entity", """
            { entity(ref: "常州") { id type name nameEn aliases
                relationships(first: 20) { type role date validFrom validTo from { name } to { name } evidence { quote source { title publishedOn } } } } }
            """),
        new("partners", """
            { partners(city: "深圳", linkedTo: "武进", maxHops: 2) { hops entity { id type name }
                path { nodes { id name } relationships { type from { name } to { name } evidence { quote source { title } } } } } }
            """),
        new("paths", """
            { paths(from: "陈金虎", to: "赛桥生物") { length nodes { id name }
                relationships { type from { name } to { name } evidence { quote source { title } } } } }
            """),
    ];
}
