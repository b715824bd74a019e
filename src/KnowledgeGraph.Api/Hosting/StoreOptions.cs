namespace KnowledgeGraph.Api.Hosting;

/// <summary>Where the graph is stored. Bound from the <c>Store</c> configuration section.</summary>
public sealed class StoreOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string Section = "Store";

    /// <summary>The SQLite file of the embedded store. Default: <c>data/knowledge-graph.db</c>, relative to the working directory.</summary>
    public string SqlitePath { get; set; } = Path.Combine("data", "knowledge-graph.db");
}
