namespace KnowledgeGraph.Core.Storage;

/// <summary>A page of entities ordered by id.</summary>
/// <param name="Types">Entity types to keep, or null for all.</param>
/// <param name="First">At most this many entities.</param>
/// <param name="AfterId">Only entities whose id sorts after this one (ordinal), or null to start at the first.</param>
public sealed record EntityPageQuery(IReadOnlyCollection<string>? Types, int First, string? AfterId);
