namespace KnowledgeGraph.Core.Model;

/// <summary>Which relationships of an entity to follow.</summary>
public enum Direction
{
    /// <summary>Relationships that start at the entity.</summary>
    Out,

    /// <summary>Relationships that end at the entity.</summary>
    In,

    /// <summary>Relationships in either direction.</summary>
    Both,
}
