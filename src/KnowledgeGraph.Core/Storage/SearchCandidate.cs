using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Storage;

/// <summary>An entity whose name (or alias) <paramref name="Matched"/> contains the searched text.</summary>
public sealed record SearchCandidate(Entity Entity, string Matched);
