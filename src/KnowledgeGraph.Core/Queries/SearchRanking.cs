using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Core.Queries;

/// <summary>
/// Ranks search candidates. With q the normalised query and k the normalised matched name:
/// an exact key scores 1; a prefix 0.6 + 0.3·|q|/|k|; any other substring 0.2 + 0.3·|q|/|k|.
/// Each entity counts once, with its best name; ties go to the shorter entity name, then the id.
/// </summary>
internal static class SearchRanking
{
    public static IReadOnlyList<SearchHit> Rank(string queryKey, IEnumerable<SearchCandidate> candidates, int first) =>
    [
        .. candidates
            .Select(c => new SearchHit(c.Entity, Score(queryKey, SearchKeys.Normalize(c.Matched)), c.Matched))
            .GroupBy(hit => hit.Entity.Id, StringComparer.Ordinal)
            .Select(BestOf)
            .OrderByDescending(hit => hit.Score)
            .ThenBy(hit => hit.Entity.Name.Length)
            .ThenBy(hit => hit.Entity.Id, StringComparer.Ordinal)
            .Take(first),
    ];

    public static double Score(string queryKey, string matchedKey)
    {
        if (string.Equals(queryKey, matchedKey, StringComparison.Ordinal))
        {
            return 1.0;
        }

        var coverage = 0.3 * queryKey.Length / matchedKey.Length;
        return matchedKey.StartsWith(queryKey, StringComparison.Ordinal) ? 0.6 + coverage : 0.2 + coverage;
    }

    private static SearchHit BestOf(IEnumerable<SearchHit> hitsOfOneEntity) =>
        hitsOfOneEntity
            .OrderByDescending(hit => hit.Score)
            .ThenBy(hit => hit.Matched.Length)
            .ThenBy(hit => hit.Matched, StringComparer.Ordinal)
            .First();
}
