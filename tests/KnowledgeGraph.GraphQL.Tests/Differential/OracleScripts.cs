using KnowledgeGraph.Testing.Node;

namespace KnowledgeGraph.GraphQL.Tests.Differential;

/// <summary>Runs the node scripts of tests/graphql-oracle (graphql-js and graphql-http, pinned there).</summary>
internal static class OracleScripts
{
    private static readonly NodeScriptFolder Scripts = new(OracleCorpus.OracleDirectory, "graphql", "The graphql-js oracle");

    /// <summary>Runs <c>node script args</c> in the oracle folder, feeding <paramref name="input"/> on stdin.</summary>
    public static Task<NodeRun> RunAsync(string script, IEnumerable<string> args, string? input, CancellationToken cancellationToken) =>
        Scripts.RunAsync(script, args, input, cancellationToken);
}
