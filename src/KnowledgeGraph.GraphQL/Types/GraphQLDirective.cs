using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>A directive definition (spec section 3.13).</summary>
public sealed class GraphQLDirective
{
    internal GraphQLDirective(string name, string? description, IReadOnlyList<DirectiveLocation> locations, bool isRepeatable)
    {
        Name = name;
        Description = description;
        Locations = locations;
        IsRepeatable = isRepeatable;
    }

    /// <summary>The name, without <c>@</c>.</summary>
    public string Name { get; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; }

    /// <summary>Where the directive may be used.</summary>
    public IReadOnlyList<DirectiveLocation> Locations { get; }

    /// <summary>True when the directive may be used more than once at one location.</summary>
    public bool IsRepeatable { get; }

    /// <summary>The arguments, in definition order.</summary>
    public IReadOnlyList<GraphQLArgument> Arguments { get; internal set; } = [];

    /// <summary>The definition this directive was built from, when built from SDL.</summary>
    public DirectiveDefinitionNode? AstNode { get; internal set; }

    /// <summary>The argument named <paramref name="name"/>, or null.</summary>
    public GraphQLArgument? Argument(string name) => Arguments.FirstOrDefault(argument => argument.Name == name);
}
