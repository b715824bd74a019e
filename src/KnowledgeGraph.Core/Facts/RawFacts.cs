namespace KnowledgeGraph.Core.Facts;

/// <summary>A 1-based line and column in a fact file.</summary>
internal readonly record struct Position(int Line, int Column)
{
    public static Position Start { get; } = new(1, 1);
}

/// <summary>A single value as the file writes it, and where.</summary>
internal sealed record Scalar(string Value, Position At);

/// <summary>
/// An item of a fact file as written, before validation. <see cref="MalformedKeys"/> names the
/// fields whose shape was already reported, so validation does not also call them missing.
/// </summary>
internal abstract record RawItem(Position At, IReadOnlySet<string> MalformedKeys);

internal sealed record RawSource(
    Position At, IReadOnlySet<string> MalformedKeys,
    Scalar? Id, Scalar? Title, Scalar? Outlet, Scalar? PublishedOn, Scalar? File)
    : RawItem(At, MalformedKeys);

internal sealed record RawEntity(
    Position At, IReadOnlySet<string> MalformedKeys,
    Scalar? Id, Scalar? Type, Scalar? Name, Scalar? NameEn, IReadOnlyList<Scalar> Aliases, Scalar? Note,
    IReadOnlyList<Scalar> DistinctFrom)
    : RawItem(At, MalformedKeys);

internal sealed record RawRelationship(
    Position At, IReadOnlySet<string> MalformedKeys,
    Scalar? Id, Scalar? Type, Scalar? From, Scalar? To, Scalar? Role,
    Scalar? Date, Scalar? ValidFrom, Scalar? ValidTo,
    RawAmount? Amount, Scalar? Note, Scalar? MultiSite, IReadOnlyList<RawEvidence>? Evidence)
    : RawItem(At, MalformedKeys);

internal sealed record RawAmount(
    Position At, IReadOnlySet<string> MalformedKeys,
    Scalar? Value, Scalar? Unit, Scalar? Currency, Scalar? Approximate, Scalar? Text)
    : RawItem(At, MalformedKeys);

internal sealed record RawEvidence(Position At, IReadOnlySet<string> MalformedKeys, Scalar? Source, Scalar? Quote)
    : RawItem(At, MalformedKeys);
