namespace KnowledgeGraph.Storage.Neo4j.Tests;

/// <summary>
/// The tests that run against the real server of <c>NEO4J_URI</c>. They share its one
/// database and each begins by emptying it, so they run one at a time and apart from every
/// other test: run side by side, one test's data would show up in another's answers, and
/// one's cleanup would delete entities under another's new relationships.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LiveServer
{
    public const string Name = "Neo4j server";
}
