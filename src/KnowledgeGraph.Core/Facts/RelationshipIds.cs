using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Facts;

/// <summary>
/// The id a relationship gets when its curator gives none: <c>rel:</c> followed by the first
/// 16 hex digits (lowercase) of the SHA-256 of its UTF-8 identity key. The key joins type,
/// from id, to id, role and time (the date of an event, the start of a state) with the unit
/// separator U+001F, an absent role or time written as the empty string. So the same fact
/// keeps the same id across runs, and editing its quote or note does not change it.
/// </summary>
public static class RelationshipIds
{
    private const char Separator = '\u001F';

    /// <summary>The derived id of a relationship.</summary>
    /// <param name="time">The date of an event type, or <c>validFrom</c> of a state type; null when not given.</param>
    public static string Derive(string type, string fromId, string toId, string? role, PartialDate? time)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(IdentityKey(type, fromId, toId, role, time)));
        return "rel:" + Convert.ToHexStringLower(hash)[..16];
    }

    /// <summary>The identity key: two relationships with the same key are one fact.</summary>
    public static string IdentityKey(string type, string fromId, string toId, string? role, PartialDate? time) =>
        string.Join(Separator, type, fromId, toId, role ?? string.Empty, time?.ToString() ?? string.Empty);
}
