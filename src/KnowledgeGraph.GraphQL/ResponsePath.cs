namespace KnowledgeGraph.GraphQL;

/// <summary>
/// The path of a value in a response: field response keys and list indices from the root, as an
/// immutable linked list so each field extends its parent's path without copying.
/// </summary>
public sealed class ResponsePath
{
    private ResponsePath(ResponsePath? previous, object key, string? typeName)
    {
        Previous = previous;
        Key = key;
        TypeName = typeName;
    }

    /// <summary>The path of the parent value, or null at the root.</summary>
    public ResponsePath? Previous { get; }

    /// <summary>A response key (<see cref="string"/>) or a list index (<see cref="int"/>).</summary>
    public object Key { get; }

    /// <summary>The parent object type's name for field keys; null for list indices.</summary>
    public string? TypeName { get; }

    /// <summary>A path to a field of an object of type <paramref name="typeName"/>.</summary>
    public static ResponsePath Field(ResponsePath? previous, string responseKey, string typeName) => new(previous, responseKey, typeName);

    /// <summary>A path to an item of a list.</summary>
    public static ResponsePath Index(ResponsePath? previous, int index) => new(previous, index, null);

    /// <summary>The keys from the root to this value, as a response's <c>path</c> lists them.</summary>
    public IReadOnlyList<object> ToList()
    {
        var keys = new List<object>();
        for (var path = this; path is not null; path = path.Previous)
        {
            keys.Add(path.Key);
        }

        keys.Reverse();
        return keys;
    }

    /// <inheritdoc />
    public override string ToString() => string.Join('.', ToList());
}
