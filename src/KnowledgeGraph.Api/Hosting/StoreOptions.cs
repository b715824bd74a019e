namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// Where the graph is stored. Bound from the <c>Store</c> configuration section
/// (environment variables: <c>Store__SqlitePath</c>). Which store is used is chosen by the
/// <c>KG_STORE</c> key: <c>sqlite</c>, the default.
/// </summary>
public sealed class StoreOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string Section = "Store";

    /// <summary>The SQLite file of the embedded store. Default: <c>data/knowledge-graph.db</c>, relative to the working directory.</summary>
    public string SqlitePath { get; set; } = Path.Combine("data", "knowledge-graph.db");
}
