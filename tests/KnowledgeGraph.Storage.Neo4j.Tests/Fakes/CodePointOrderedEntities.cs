using KnowledgeGraph.Storage.Neo4j.Cypher;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Fakes;

/// <summary>
/// Answers the store's id and entity reads over a few companies the way Neo4j does: strings
/// compared by code point (so <c>（</c>, U+FF08, sorts before <c>𠮷</c>, U+20BB7, which UTF-16
/// writes as surrogates below U+E000), and whatever it is not asked to order in that order too.
/// Every entity's only name is its id, so every search for a part of it finds it.
/// </summary>
internal sealed class CodePointOrderedEntities(params string[] ids) : ICypherRunner
{
    private readonly List<string> _ids = [.. ids.Order(Comparer<string>.Create(Compare))];

    /// <summary>Compares as Neo4j compares strings: by code point.</summary>
    public static int Compare(string left, string right)
    {
        using var l = left.EnumerateRunes().GetEnumerator();
        using var r = right.EnumerateRunes().GetEnumerator();
        while (true)
        {
            var hasLeft = l.MoveNext();
            var hasRight = r.MoveNext();
            if (!hasLeft || !hasRight)
            {
                return hasLeft.CompareTo(hasRight);
            }

            var order = l.Current.Value.CompareTo(r.Current.Value);
            if (order != 0)
            {
                return order;
            }
        }
    }

    public Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, AccessMode accessMode, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CypherResult>>([.. statements.Select(s => new CypherResult([], Rows(s)))]);

    private List<IReadOnlyList<object?>> Rows(CypherStatement statement)
    {
        if (statement.Text == CypherQueries.EntityIdsFrom)
        {
            var from = statement.Parameters["from"] as string;
            return [.. _ids.Where(id => from is null || Compare(id, from) >= 0).Select(id => (IReadOnlyList<object?>)[id])];
        }

        if (statement.Text == CypherQueries.SearchCandidates)
        {
            var key = (string)statement.Parameters["key"]!;
            return [.. _ids.Where(id => id.Contains(key, StringComparison.Ordinal)).Select(id => (IReadOnlyList<object?>)[id, new List<object?> { id }])];
        }

        if (statement.Text == CypherQueries.EntitiesById)
        {
            var wanted = ((IEnumerable<string>)statement.Parameters["ids"]!).ToHashSet(StringComparer.Ordinal);
            return [.. _ids.Where(wanted.Contains).Select(id => (IReadOnlyList<object?>)[id, "COMPANY", id, null, new List<object?>(), null])];
        }

        return [];
    }
}
