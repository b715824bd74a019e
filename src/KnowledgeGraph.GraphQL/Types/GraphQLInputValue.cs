using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>An argument or an input object field: a named input type with an optional default.</summary>
public abstract class GraphQLInputValue
{
    private protected GraphQLInputValue(string name, string? description, string? deprecationReason)
    {
        Name = name;
        Description = description;
        DeprecationReason = deprecationReason;
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; }

    /// <summary>The input type.</summary>
    public GraphQLType Type { get; internal set; } = SpecifiedScalars.String;

    /// <summary>True when a default value is defined (the default may itself be null).</summary>
    public bool HasDefaultValue { get; internal set; }

    /// <summary>The coerced (internal) default value; meaningful when <see cref="HasDefaultValue"/>.</summary>
    public object? DefaultValue { get; internal set; }

    /// <summary>Why it is deprecated, or null when it is not.</summary>
    public string? DeprecationReason { get; }

    /// <summary>The definition this value was built from, when built from SDL.</summary>
    public InputValueDefinitionNode? AstNode { get; internal set; }
}

/// <summary>An argument of a field or a directive.</summary>
public sealed class GraphQLArgument : GraphQLInputValue
{
    internal GraphQLArgument(string name, string? description, string? deprecationReason)
        : base(name, description, deprecationReason)
    {
    }
}

/// <summary>A field of an input object type.</summary>
public sealed class GraphQLInputField : GraphQLInputValue
{
    internal GraphQLInputField(string name, string? description, string? deprecationReason)
        : base(name, description, deprecationReason)
    {
    }
}
