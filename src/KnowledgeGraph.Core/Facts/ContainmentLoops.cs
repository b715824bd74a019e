namespace KnowledgeGraph.Core.Facts;

/// <summary>Finds the loops among containment relationships, in a deterministic order.</summary>
internal static class ContainmentLoops
{
    private enum Visit
    {
        Unseen,
        OnPath,
        Done,
    }

    /// <summary>
    /// Each loop once, as the chain of edges that forms it, the closing edge last. A depth-first
    /// walk from every entity in reading order of its edges; iterative, so that a long chain of
    /// places cannot overflow the stack.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<ContainmentEdge>> Find(IReadOnlyList<ContainmentEdge> edges)
    {
        var outgoing = edges.GroupBy(e => e.FromId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var state = new Dictionary<string, Visit>(StringComparer.Ordinal);
        var loops = new List<IReadOnlyList<ContainmentEdge>>();
        foreach (var start in edges.Select(e => e.FromId).Distinct(StringComparer.Ordinal))
        {
            if (state.GetValueOrDefault(start) == Visit.Unseen)
            {
                Walk(start, outgoing, state, loops);
            }
        }

        return loops;
    }

    private static void Walk(
        string start,
        Dictionary<string, List<ContainmentEdge>> outgoing,
        Dictionary<string, Visit> state,
        List<IReadOnlyList<ContainmentEdge>> loops)
    {
        var path = new List<ContainmentEdge>();
        var next = new Stack<(string Node, int Edge)>();
        next.Push((start, 0));
        state[start] = Visit.OnPath;
        while (next.TryPop(out var frame))
        {
            var edgesOut = outgoing.GetValueOrDefault(frame.Node);
            if (edgesOut is null || frame.Edge >= edgesOut.Count)
            {
                state[frame.Node] = Visit.Done;
                if (path.Count > 0)
                {
                    path.RemoveAt(path.Count - 1);
                }

                continue;
            }

            next.Push(frame with { Edge = frame.Edge + 1 });
            var edge = edgesOut[frame.Edge];
            switch (state.GetValueOrDefault(edge.ToId))
            {
                case Visit.Unseen:
                    state[edge.ToId] = Visit.OnPath;
                    path.Add(edge);
                    next.Push((edge.ToId, 0));
                    break;
                case Visit.OnPath:
                    var begins = path.FindIndex(e => e.FromId == edge.ToId);
                    loops.Add([.. path.Skip(begins < 0 ? path.Count : begins), edge]);
                    break;
            }
        }
    }
}
