namespace KnowledgeGraph.Core.Facts;

/// <summary>
/// Equality that ignores the case of ASCII letters only, as the stores' <c>FindByNameAsync</c>
/// does: <c>Wujin</c> = <c>WUJIN</c>, while every other character must match exactly.
/// </summary>
internal sealed class AsciiCaseInsensitiveComparer : IEqualityComparer<string>
{
    public static AsciiCaseInsensitiveComparer Instance { get; } = new();

    public bool Equals(string? x, string? y) =>
        x is null || y is null
            ? ReferenceEquals(x, y)
            : x.Length == y.Length && x.AsSpan().SequenceEqual(y.AsSpan(), CharComparer.Instance);

    public int GetHashCode(string obj)
    {
        var hash = default(HashCode);
        foreach (var c in obj)
        {
            hash.Add(Fold(c));
        }

        return hash.ToHashCode();
    }

    private static char Fold(char c) => char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;

    private sealed class CharComparer : IEqualityComparer<char>
    {
        public static CharComparer Instance { get; } = new();

        public bool Equals(char x, char y) => Fold(x) == Fold(y);

        public int GetHashCode(char obj) => Fold(obj);
    }
}
