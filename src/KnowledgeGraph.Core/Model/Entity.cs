namespace KnowledgeGraph.Core.Model;

/// <summary>A person, place, organisation, fund, park, project, event or industry.</summary>
/// <param name="Id">The canonical id, <c>prefix:slug</c>, e.g. <c>place:wujin</c>.</param>
/// <param name="Type">An entity type of the graph schema, e.g. <c>DISTRICT</c>.</param>
/// <param name="Name">The name in the source language (Chinese here).</param>
public sealed record Entity(string Id, string Type, string Name)
{
    /// <summary>The standard English name (pinyin for people), or null when there is none.</summary>
    public string? NameEn { get; init; }

    /// <summary>Other names the sources use: short forms (简称), former names, English variants.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>A curator's note, e.g. why two names are one entity.</summary>
    public string? Note { get; init; }

    /// <summary>Every name this entity answers to: <see cref="Name"/>, <see cref="NameEn"/> and <see cref="Aliases"/>.</summary>
    public IEnumerable<string> AllNames =>
        NameEn is null ? Aliases.Prepend(Name) : Aliases.Prepend(NameEn).Prepend(Name);
}
