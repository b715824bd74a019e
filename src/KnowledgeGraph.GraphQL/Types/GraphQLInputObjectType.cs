namespace KnowledgeGraph.GraphQL.Types;

/// <summary>An input object type (spec section 3.10). Its coerced values are read-only dictionaries.</summary>
public sealed class GraphQLInputObjectType : GraphQLNamedType
{
    internal GraphQLInputObjectType(string name, string? description)
        : base(name, description)
    {
    }

    /// <summary>The fields, in definition order.</summary>
    public IReadOnlyDictionary<string, GraphQLInputField> Fields { get; internal set; } = new OrderedDictionary<string, GraphQLInputField>();
}
