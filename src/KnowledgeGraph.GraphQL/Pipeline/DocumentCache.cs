namespace KnowledgeGraph.GraphQL.Pipeline;

/// <summary>
/// A bounded least-recently-used map from document text to its parsed and validated form.
/// One lock guards it: a lookup is a dictionary probe and a list relink, far cheaper than the
/// parse and validation it saves, so contention stays low.
/// </summary>
internal sealed class DocumentCache(int capacity)
{
    private readonly Dictionary<string, LinkedListNode<KeyValuePair<string, PreparedDocument>>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<KeyValuePair<string, PreparedDocument>> _recency = new();

    /// <summary>How many documents are kept now.</summary>
    public int Count
    {
        get
        {
            lock (_entries)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>The cached form of <paramref name="text"/>, marking it as recently used.</summary>
    public bool TryGet(string text, out PreparedDocument document)
    {
        lock (_entries)
        {
            if (_entries.TryGetValue(text, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                document = node.Value.Value;
                return true;
            }
        }

        document = null!;
        return false;
    }

    /// <summary>Keeps <paramref name="document"/> for <paramref name="text"/>, dropping the least recently used entry when full.</summary>
    public void Add(string text, PreparedDocument document)
    {
        if (capacity == 0)
        {
            return;
        }

        lock (_entries)
        {
            if (_entries.ContainsKey(text))
            {
                return;
            }

            if (_entries.Count >= capacity)
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Key);
            }

            _entries.Add(text, _recency.AddFirst(new KeyValuePair<string, PreparedDocument>(text, document)));
        }
    }
}
