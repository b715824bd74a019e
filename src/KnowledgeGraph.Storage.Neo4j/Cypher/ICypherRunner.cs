namespace KnowledgeGraph.Storage.Neo4j.Cypher;

/// <summary>
/// The one seam between the store and the wire: runs statements as one transaction and returns
/// their rows. The HTTP transactional API implements it today; a Bolt driver could tomorrow
/// without any query changing. Failures surface as <c>GraphStoreException</c>.
/// </summary>
internal interface ICypherRunner
{
    /// <summary>Runs <paramref name="statements"/> in order in one transaction and commits it; one result per statement.</summary>
    Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, AccessMode accessMode, CancellationToken cancellationToken);
}

/// <summary>Whether a transaction only reads (and so may run on any cluster member) or writes.</summary>
internal enum AccessMode
{
    /// <summary>Reads only; a cluster may route it to any member.</summary>
    Read,

    /// <summary>Writes; a cluster routes it to the leader.</summary>
    Write,
}

/// <summary>A Cypher statement with its parameters, and what it is for (named in error messages).</summary>
/// <param name="Purpose">What the statement does, in a few words, e.g. <c>upsert entities</c>.</param>
/// <param name="Text">The Cypher text; it takes every value as a <c>$parameter</c>.</param>
/// <param name="Parameters">
/// The values, as strings, booleans, longs, lists of them or maps of them (the values Cypher
/// parameters can carry); null leaves a property out.
/// </param>
internal sealed record CypherStatement(string Purpose, string Text, IReadOnlyDictionary<string, object?> Parameters);

/// <summary>The rows one statement returned; each value a string, long, double, bool, list, map or null.</summary>
internal sealed record CypherResult(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);
