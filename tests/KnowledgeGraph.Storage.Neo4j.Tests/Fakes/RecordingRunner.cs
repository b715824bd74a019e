using KnowledgeGraph.Storage.Neo4j.Cypher;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Fakes;

/// <summary>A runner that records every transaction and answers each statement with the rows <see cref="Answer"/> gives (none by default).</summary>
internal sealed class RecordingRunner : ICypherRunner
{
    public List<(IReadOnlyList<CypherStatement> Statements, AccessMode AccessMode)> Transactions { get; } = [];

    public Func<CypherStatement, IReadOnlyList<IReadOnlyList<object?>>> Answer { get; set; } = Nothing;

    public IEnumerable<CypherStatement> Statements => Transactions.SelectMany(t => t.Statements);

    public static IReadOnlyList<IReadOnlyList<object?>> Nothing(CypherStatement statement) =>
        statement.Text == CypherQueries.CountSources ? [[0L]] : [];

    public Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, AccessMode accessMode, CancellationToken cancellationToken)
    {
        Transactions.Add((statements, accessMode));
        return Task.FromResult<IReadOnlyList<CypherResult>>([.. statements.Select(s => new CypherResult([], Answer(s)))]);
    }
}
