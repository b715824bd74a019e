using System.Text;

namespace KnowledgeGraph.Core.Queries;

/// <summary>Opaque page cursors: the base64 of a relationship id, so callers do not come to depend on the id inside.</summary>
internal static class RelationshipCursor
{
    public static string Encode(string relationshipId) => Convert.ToBase64String(Encoding.UTF8.GetBytes(relationshipId));

    /// <summary>The relationship id inside a cursor, or null when the text is not base64.</summary>
    public static string? Decode(string cursor)
    {
        var bytes = new byte[cursor.Length];
        return Convert.TryFromBase64String(cursor, bytes, out var written) ? Encoding.UTF8.GetString(bytes, 0, written) : null;
    }
}
