using System.Collections.Frozen;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Queries;

/// <summary>Checks of query arguments, each failing with a <see cref="QueryArgumentException"/> that says what is allowed.</summary>
internal static class QueryArguments
{
    public static int InRange(string name, int value, int min, int max) =>
        value >= min && value <= max ? value : throw new QueryArgumentException(name, $"is {value}; expected {min} to {max}");

    /// <summary>The text trimmed; empty or blank text is refused.</summary>
    /// <param name="expected">What the argument should hold, for the error, e.g. <c>a name</c>.</param>
    public static string NonEmpty(string name, string? text, string expected)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        return trimmed.Length > 0 ? trimmed : throw new QueryArgumentException(name, $"is empty; expected {expected}");
    }

    /// <summary>A reference trimmed; an empty one is refused.</summary>
    public static string Reference(string name, string? reference) => NonEmpty(name, reference, "an id, a name or an alias");

    public static IReadOnlySet<string>? EntityTypes(string name, IReadOnlyCollection<string>? types, GraphSchema schema) =>
        KnownTypes(name, types, schema.EntityTypes.Keys, "entity type");

    public static IReadOnlySet<string>? RelationTypes(string name, IReadOnlyCollection<string>? types, GraphSchema schema) =>
        KnownTypes(name, types, schema.RelationTypes.Keys, "relationship type");

    private static FrozenSet<string>? KnownTypes(string name, IReadOnlyCollection<string>? types, IEnumerable<string> known, string kind)
    {
        if (types is null)
        {
            return null;
        }

        if (types.Count == 0)
        {
            throw new QueryArgumentException(name, $"is an empty list; leave it out to allow every {kind}");
        }

        var knownSet = known.ToFrozenSet(StringComparer.Ordinal);
        var unknown = types.FirstOrDefault(t => !knownSet.Contains(t));
        return unknown is null
            ? types.ToFrozenSet(StringComparer.Ordinal)
            : throw new QueryArgumentException(name, $"names '{unknown}', which is no {kind} of the schema; expected one of {string.Join(", ", knownSet.Order(StringComparer.Ordinal))}");
    }
}
